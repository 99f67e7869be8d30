import * as $protobuf from "protobufjs";

export namespace parley {

    namespace storage {

        namespace v1 {

            interface IChainKey extends parley.storage.v1.ChainKey.$Properties {
            }

            class ChainKey {
                constructor(properties?: parley.storage.v1.ChainKey.$Properties);
                $unknowns?: Uint8Array[];
                key: Uint8Array;
                index: number;
                static encode(message: parley.storage.v1.ChainKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.ChainKey & parley.storage.v1.ChainKey.$Shape;
            }

            namespace ChainKey {
                interface $Properties {
                    key?: (Uint8Array|null);
                    index?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.ChainKey.$Properties;
            }

            interface ISkippedMessageKey extends parley.storage.v1.SkippedMessageKey.$Properties {
            }

            class SkippedMessageKey {
                constructor(properties?: parley.storage.v1.SkippedMessageKey.$Properties);
                $unknowns?: Uint8Array[];
                counter: number;
                seed: Uint8Array;
                static encode(message: parley.storage.v1.SkippedMessageKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SkippedMessageKey & parley.storage.v1.SkippedMessageKey.$Shape;
            }

            namespace SkippedMessageKey {
                interface $Properties {
                    counter?: (number|null);
                    seed?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SkippedMessageKey.$Properties;
            }

            interface ISenderChain extends parley.storage.v1.SenderChain.$Properties {
            }

            class SenderChain {
                constructor(properties?: parley.storage.v1.SenderChain.$Properties);
                $unknowns?: Uint8Array[];
                ratchetPublic: Uint8Array;
                ratchetPrivate: Uint8Array;
                chainKey?: (parley.storage.v1.ChainKey.$Properties|null);
                static encode(message: parley.storage.v1.SenderChain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SenderChain & parley.storage.v1.SenderChain.$Shape;
            }

            namespace SenderChain {
                interface $Properties {
                    ratchetPublic?: (Uint8Array|null);
                    ratchetPrivate?: (Uint8Array|null);
                    chainKey?: (parley.storage.v1.ChainKey.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SenderChain.$Properties;
            }

            interface IReceiverChain extends parley.storage.v1.ReceiverChain.$Properties {
            }

            class ReceiverChain {
                constructor(properties?: parley.storage.v1.ReceiverChain.$Properties);
                $unknowns?: Uint8Array[];
                ratchetPublic: Uint8Array;
                chainKey?: (parley.storage.v1.ChainKey.$Properties|null);
                skipped: parley.storage.v1.SkippedMessageKey.$Properties[];
                static encode(message: parley.storage.v1.ReceiverChain.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.ReceiverChain & parley.storage.v1.ReceiverChain.$Shape;
            }

            namespace ReceiverChain {
                interface $Properties {
                    ratchetPublic?: (Uint8Array|null);
                    chainKey?: (parley.storage.v1.ChainKey.$Properties|null);
                    skipped?: (parley.storage.v1.SkippedMessageKey.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.ReceiverChain.$Properties;
            }

            interface IPendingPreKey extends parley.storage.v1.PendingPreKey.$Properties {
            }

            class PendingPreKey {
                constructor(properties?: parley.storage.v1.PendingPreKey.$Properties);
                $unknowns?: Uint8Array[];
                hasPreKeyId: boolean;
                preKeyId: number;
                signedPreKeyId: number;
                baseKey: Uint8Array;
                createdAtMs: number;
                static encode(message: parley.storage.v1.PendingPreKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.PendingPreKey & parley.storage.v1.PendingPreKey.$Shape;
            }

            namespace PendingPreKey {
                interface $Properties {
                    hasPreKeyId?: (boolean|null);
                    preKeyId?: (number|null);
                    signedPreKeyId?: (number|null);
                    baseKey?: (Uint8Array|null);
                    createdAtMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.PendingPreKey.$Properties;
            }

            interface ISessionState extends parley.storage.v1.SessionState.$Properties {
            }

            class SessionState {
                constructor(properties?: parley.storage.v1.SessionState.$Properties);
                $unknowns?: Uint8Array[];
                sessionVersion: number;
                localIdentityKey: Uint8Array;
                remoteIdentityKey: Uint8Array;
                rootKey: Uint8Array;
                previousCounter: number;
                senderChain?: (parley.storage.v1.SenderChain.$Properties|null);
                receiverChains: parley.storage.v1.ReceiverChain.$Properties[];
                pendingPreKey?: (parley.storage.v1.PendingPreKey.$Properties|null);
                localRegistrationId: number;
                remoteRegistrationId: number;
                aliceBaseKey: Uint8Array;
                static encode(message: parley.storage.v1.SessionState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SessionState & parley.storage.v1.SessionState.$Shape;
            }

            namespace SessionState {
                interface $Properties {
                    sessionVersion?: (number|null);
                    localIdentityKey?: (Uint8Array|null);
                    remoteIdentityKey?: (Uint8Array|null);
                    rootKey?: (Uint8Array|null);
                    previousCounter?: (number|null);
                    senderChain?: (parley.storage.v1.SenderChain.$Properties|null);
                    receiverChains?: (parley.storage.v1.ReceiverChain.$Properties[]|null);
                    pendingPreKey?: (parley.storage.v1.PendingPreKey.$Properties|null);
                    localRegistrationId?: (number|null);
                    remoteRegistrationId?: (number|null);
                    aliceBaseKey?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SessionState.$Properties;
            }

            interface ISessionRecord extends parley.storage.v1.SessionRecord.$Properties {
            }

            class SessionRecord {
                constructor(properties?: parley.storage.v1.SessionRecord.$Properties);
                $unknowns?: Uint8Array[];
                formatVersion: number;
                current?: (parley.storage.v1.SessionState.$Properties|null);
                archived: parley.storage.v1.SessionState.$Properties[];
                static encode(message: parley.storage.v1.SessionRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SessionRecord & parley.storage.v1.SessionRecord.$Shape;
            }

            namespace SessionRecord {
                interface $Properties {
                    formatVersion?: (number|null);
                    current?: (parley.storage.v1.SessionState.$Properties|null);
                    archived?: (parley.storage.v1.SessionState.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SessionRecord.$Properties;
            }

            interface IKeyPairRecord extends parley.storage.v1.KeyPairRecord.$Properties {
            }

            class KeyPairRecord {
                constructor(properties?: parley.storage.v1.KeyPairRecord.$Properties);
                $unknowns?: Uint8Array[];
                publicKey: Uint8Array;
                privateKey: Uint8Array;
                static encode(message: parley.storage.v1.KeyPairRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.KeyPairRecord & parley.storage.v1.KeyPairRecord.$Shape;
            }

            namespace KeyPairRecord {
                interface $Properties {
                    publicKey?: (Uint8Array|null);
                    privateKey?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.KeyPairRecord.$Properties;
            }

            interface IPreKeyRecord extends parley.storage.v1.PreKeyRecord.$Properties {
            }

            class PreKeyRecord {
                constructor(properties?: parley.storage.v1.PreKeyRecord.$Properties);
                $unknowns?: Uint8Array[];
                formatVersion: number;
                id: number;
                keyPair?: (parley.storage.v1.KeyPairRecord.$Properties|null);
                static encode(message: parley.storage.v1.PreKeyRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.PreKeyRecord & parley.storage.v1.PreKeyRecord.$Shape;
            }

            namespace PreKeyRecord {
                interface $Properties {
                    formatVersion?: (number|null);
                    id?: (number|null);
                    keyPair?: (parley.storage.v1.KeyPairRecord.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.PreKeyRecord.$Properties;
            }

            interface ISignedPreKeyRecord extends parley.storage.v1.SignedPreKeyRecord.$Properties {
            }

            class SignedPreKeyRecord {
                constructor(properties?: parley.storage.v1.SignedPreKeyRecord.$Properties);
                $unknowns?: Uint8Array[];
                formatVersion: number;
                id: number;
                keyPair?: (parley.storage.v1.KeyPairRecord.$Properties|null);
                signature: Uint8Array;
                timestampMs: number;
                static encode(message: parley.storage.v1.SignedPreKeyRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SignedPreKeyRecord & parley.storage.v1.SignedPreKeyRecord.$Shape;
            }

            namespace SignedPreKeyRecord {
                interface $Properties {
                    formatVersion?: (number|null);
                    id?: (number|null);
                    keyPair?: (parley.storage.v1.KeyPairRecord.$Properties|null);
                    signature?: (Uint8Array|null);
                    timestampMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SignedPreKeyRecord.$Properties;
            }

            interface IIdentityKeyPairRecord extends parley.storage.v1.IdentityKeyPairRecord.$Properties {
            }

            class IdentityKeyPairRecord {
                constructor(properties?: parley.storage.v1.IdentityKeyPairRecord.$Properties);
                $unknowns?: Uint8Array[];
                formatVersion: number;
                keyPair?: (parley.storage.v1.KeyPairRecord.$Properties|null);
                static encode(message: parley.storage.v1.IdentityKeyPairRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.IdentityKeyPairRecord & parley.storage.v1.IdentityKeyPairRecord.$Shape;
            }

            namespace IdentityKeyPairRecord {
                interface $Properties {
                    formatVersion?: (number|null);
                    keyPair?: (parley.storage.v1.KeyPairRecord.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.IdentityKeyPairRecord.$Properties;
            }

            interface ISenderMessageKey extends parley.storage.v1.SenderMessageKey.$Properties {
            }

            class SenderMessageKey {
                constructor(properties?: parley.storage.v1.SenderMessageKey.$Properties);
                $unknowns?: Uint8Array[];
                iteration: number;
                seed: Uint8Array;
                static encode(message: parley.storage.v1.SenderMessageKey.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SenderMessageKey & parley.storage.v1.SenderMessageKey.$Shape;
            }

            namespace SenderMessageKey {
                interface $Properties {
                    iteration?: (number|null);
                    seed?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SenderMessageKey.$Properties;
            }

            interface ISenderKeyState extends parley.storage.v1.SenderKeyState.$Properties {
            }

            class SenderKeyState {
                constructor(properties?: parley.storage.v1.SenderKeyState.$Properties);
                $unknowns?: Uint8Array[];
                chainId: number;
                iteration: number;
                chainKey: Uint8Array;
                signingPublic: Uint8Array;
                signingPrivate: Uint8Array;
                skipped: parley.storage.v1.SenderMessageKey.$Properties[];
                signingSeed: Uint8Array;
                static encode(message: parley.storage.v1.SenderKeyState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SenderKeyState & parley.storage.v1.SenderKeyState.$Shape;
            }

            namespace SenderKeyState {
                interface $Properties {
                    chainId?: (number|null);
                    iteration?: (number|null);
                    chainKey?: (Uint8Array|null);
                    signingPublic?: (Uint8Array|null);
                    signingPrivate?: (Uint8Array|null);
                    skipped?: (parley.storage.v1.SenderMessageKey.$Properties[]|null);
                    signingSeed?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SenderKeyState.$Properties;
            }

            interface ISenderKeyRecord extends parley.storage.v1.SenderKeyRecord.$Properties {
            }

            class SenderKeyRecord {
                constructor(properties?: parley.storage.v1.SenderKeyRecord.$Properties);
                $unknowns?: Uint8Array[];
                formatVersion: number;
                states: parley.storage.v1.SenderKeyState.$Properties[];
                static encode(message: parley.storage.v1.SenderKeyRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.storage.v1.SenderKeyRecord & parley.storage.v1.SenderKeyRecord.$Shape;
            }

            namespace SenderKeyRecord {
                interface $Properties {
                    formatVersion?: (number|null);
                    states?: (parley.storage.v1.SenderKeyState.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.storage.v1.SenderKeyRecord.$Properties;
            }
        }
    }
}
