import * as $protobuf from "protobufjs";

export namespace parley {

    namespace wire {

        namespace v1 {

            interface ISignalMessage extends parley.wire.v1.SignalMessage.$Properties {
            }

            class SignalMessage {
                constructor(properties?: parley.wire.v1.SignalMessage.$Properties);
                $unknowns?: Uint8Array[];
                ratchetKey: Uint8Array;
                counter: number;
                previousCounter: number;
                ciphertext: Uint8Array;
                static encode(message: parley.wire.v1.SignalMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.wire.v1.SignalMessage & parley.wire.v1.SignalMessage.$Shape;
            }

            namespace SignalMessage {
                interface $Properties {
                    ratchetKey?: (Uint8Array|null);
                    counter?: (number|null);
                    previousCounter?: (number|null);
                    ciphertext?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.wire.v1.SignalMessage.$Properties;
            }

            interface IPreKeySignalMessage extends parley.wire.v1.PreKeySignalMessage.$Properties {
            }

            class PreKeySignalMessage {
                constructor(properties?: parley.wire.v1.PreKeySignalMessage.$Properties);
                $unknowns?: Uint8Array[];
                preKeyId: number;
                baseKey: Uint8Array;
                identityKey: Uint8Array;
                message: Uint8Array;
                registrationId: number;
                signedPreKeyId: number;
                static encode(message: parley.wire.v1.PreKeySignalMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.wire.v1.PreKeySignalMessage & parley.wire.v1.PreKeySignalMessage.$Shape;
            }

            namespace PreKeySignalMessage {
                interface $Properties {
                    preKeyId?: (number|null);
                    baseKey?: (Uint8Array|null);
                    identityKey?: (Uint8Array|null);
                    message?: (Uint8Array|null);
                    registrationId?: (number|null);
                    signedPreKeyId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.wire.v1.PreKeySignalMessage.$Properties;
            }
        }
    }
}
