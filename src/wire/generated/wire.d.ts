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

            interface IWhatsAppSenderKeyMessage extends parley.wire.v1.WhatsAppSenderKeyMessage.$Properties {
            }

            class WhatsAppSenderKeyMessage {
                constructor(properties?: parley.wire.v1.WhatsAppSenderKeyMessage.$Properties);
                $unknowns?: Uint8Array[];
                id: number;
                iteration: number;
                ciphertext: Uint8Array;
                static encode(message: parley.wire.v1.WhatsAppSenderKeyMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.wire.v1.WhatsAppSenderKeyMessage & parley.wire.v1.WhatsAppSenderKeyMessage.$Shape;
            }

            namespace WhatsAppSenderKeyMessage {
                interface $Properties {
                    id?: (number|null);
                    iteration?: (number|null);
                    ciphertext?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.wire.v1.WhatsAppSenderKeyMessage.$Properties;
            }

            interface IWhatsAppSenderKeyDistributionMessage extends parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties {
            }

            class WhatsAppSenderKeyDistributionMessage {
                constructor(properties?: parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties);
                $unknowns?: Uint8Array[];
                id: number;
                iteration: number;
                chainKey: Uint8Array;
                signingKey: Uint8Array;
                static encode(message: parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.wire.v1.WhatsAppSenderKeyDistributionMessage & parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Shape;
            }

            namespace WhatsAppSenderKeyDistributionMessage {
                interface $Properties {
                    id?: (number|null);
                    iteration?: (number|null);
                    chainKey?: (Uint8Array|null);
                    signingKey?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties;
            }

            interface ISignalSenderKeyMessage extends parley.wire.v1.SignalSenderKeyMessage.$Properties {
            }

            class SignalSenderKeyMessage {
                constructor(properties?: parley.wire.v1.SignalSenderKeyMessage.$Properties);
                $unknowns?: Uint8Array[];
                distributionUuid: Uint8Array;
                chainId: number;
                iteration: number;
                ciphertext: Uint8Array;
                static encode(message: parley.wire.v1.SignalSenderKeyMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.wire.v1.SignalSenderKeyMessage & parley.wire.v1.SignalSenderKeyMessage.$Shape;
            }

            namespace SignalSenderKeyMessage {
                interface $Properties {
                    distributionUuid?: (Uint8Array|null);
                    chainId?: (number|null);
                    iteration?: (number|null);
                    ciphertext?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.wire.v1.SignalSenderKeyMessage.$Properties;
            }

            interface ISignalSenderKeyDistributionMessage extends parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties {
            }

            class SignalSenderKeyDistributionMessage {
                constructor(properties?: parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties);
                $unknowns?: Uint8Array[];
                distributionUuid: Uint8Array;
                chainId: number;
                iteration: number;
                chainKey: Uint8Array;
                signingKey: Uint8Array;
                static encode(message: parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.wire.v1.SignalSenderKeyDistributionMessage & parley.wire.v1.SignalSenderKeyDistributionMessage.$Shape;
            }

            namespace SignalSenderKeyDistributionMessage {
                interface $Properties {
                    distributionUuid?: (Uint8Array|null);
                    chainId?: (number|null);
                    iteration?: (number|null);
                    chainKey?: (Uint8Array|null);
                    signingKey?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties;
            }
        }
    }
}
