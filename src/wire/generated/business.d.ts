import * as $protobuf from "protobufjs";

export namespace parley {

    namespace business {

        namespace v1 {

            interface IVerifiedNameCertificate extends parley.business.v1.VerifiedNameCertificate.$Properties {
            }

            class VerifiedNameCertificate {
                constructor(properties?: parley.business.v1.VerifiedNameCertificate.$Properties);
                $unknowns?: Uint8Array[];
                details: Uint8Array;
                signature: Uint8Array;
                serverSignature: Uint8Array;
                static encode(message: parley.business.v1.VerifiedNameCertificate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.VerifiedNameCertificate & parley.business.v1.VerifiedNameCertificate.$Shape;
            }

            namespace VerifiedNameCertificate {
                interface $Properties {
                    details?: (Uint8Array|null);
                    signature?: (Uint8Array|null);
                    serverSignature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.business.v1.VerifiedNameCertificate.$Properties;

                interface IDetails extends parley.business.v1.VerifiedNameCertificate.Details.$Properties {
                }

                class Details {
                    constructor(properties?: parley.business.v1.VerifiedNameCertificate.Details.$Properties);
                    $unknowns?: Uint8Array[];
                    serial: number;
                    issuer: string;
                    verifiedName: string;
                    localizedNames: parley.business.v1.LocalizedName.$Properties[];
                    issueTime: number;
                    expiresAtMs: number;
                    level: parley.business.v1.VerificationLevel;
                    officialPlatform: boolean;
                    templateNamespaces: string[];
                    static encode(message: parley.business.v1.VerifiedNameCertificate.Details.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.VerifiedNameCertificate.Details & parley.business.v1.VerifiedNameCertificate.Details.$Shape;
                }

                namespace Details {
                    interface $Properties {
                        serial?: (number|null);
                        issuer?: (string|null);
                        verifiedName?: (string|null);
                        localizedNames?: (parley.business.v1.LocalizedName.$Properties[]|null);
                        issueTime?: (number|null);
                        expiresAtMs?: (number|null);
                        level?: (parley.business.v1.VerificationLevel|null);
                        officialPlatform?: (boolean|null);
                        templateNamespaces?: (string[]|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = parley.business.v1.VerifiedNameCertificate.Details.$Properties;
                }
            }

            interface ILocalizedName extends parley.business.v1.LocalizedName.$Properties {
            }

            class LocalizedName {
                constructor(properties?: parley.business.v1.LocalizedName.$Properties);
                $unknowns?: Uint8Array[];
                lg: string;
                lc: string;
                verifiedName: string;
                static encode(message: parley.business.v1.LocalizedName.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.LocalizedName & parley.business.v1.LocalizedName.$Shape;
            }

            namespace LocalizedName {
                interface $Properties {
                    lg?: (string|null);
                    lc?: (string|null);
                    verifiedName?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.business.v1.LocalizedName.$Properties;
            }

            enum VerificationLevel {
                UNKNOWN = 0,
                LOW = 1,
                HIGH = 2
            }

            interface ISignedRevocationList extends parley.business.v1.SignedRevocationList.$Properties {
            }

            class SignedRevocationList {
                constructor(properties?: parley.business.v1.SignedRevocationList.$Properties);
                $unknowns?: Uint8Array[];
                list: Uint8Array;
                signature: Uint8Array;
                static encode(message: parley.business.v1.SignedRevocationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.SignedRevocationList & parley.business.v1.SignedRevocationList.$Shape;
            }

            namespace SignedRevocationList {
                interface $Properties {
                    list?: (Uint8Array|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.business.v1.SignedRevocationList.$Properties;
            }

            interface IRevocationList extends parley.business.v1.RevocationList.$Properties {
            }

            class RevocationList {
                constructor(properties?: parley.business.v1.RevocationList.$Properties);
                $unknowns?: Uint8Array[];
                issuer: string;
                serials: number[];
                issuedAtMs: number;
                version: number;
                static encode(message: parley.business.v1.RevocationList.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.RevocationList & parley.business.v1.RevocationList.$Shape;
            }

            namespace RevocationList {
                interface $Properties {
                    issuer?: (string|null);
                    serials?: (number[]|null);
                    issuedAtMs?: (number|null);
                    version?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.business.v1.RevocationList.$Properties;
            }

            interface ISignedBusinessProfile extends parley.business.v1.SignedBusinessProfile.$Properties {
            }

            class SignedBusinessProfile {
                constructor(properties?: parley.business.v1.SignedBusinessProfile.$Properties);
                $unknowns?: Uint8Array[];
                profile: Uint8Array;
                signature: Uint8Array;
                static encode(message: parley.business.v1.SignedBusinessProfile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.SignedBusinessProfile & parley.business.v1.SignedBusinessProfile.$Shape;
            }

            namespace SignedBusinessProfile {
                interface $Properties {
                    profile?: (Uint8Array|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.business.v1.SignedBusinessProfile.$Properties;
            }

            interface IBusinessProfile extends parley.business.v1.BusinessProfile.$Properties {
            }

            class BusinessProfile {
                constructor(properties?: parley.business.v1.BusinessProfile.$Properties);
                $unknowns?: Uint8Array[];
                version: number;
                about: string;
                address: string;
                description: string;
                email: string;
                websites: string[];
                vertical: parley.business.v1.Vertical;
                photo?: (parley.business.v1.ProfilePhoto.$Properties|null);
                static encode(message: parley.business.v1.BusinessProfile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.BusinessProfile & parley.business.v1.BusinessProfile.$Shape;
            }

            namespace BusinessProfile {
                interface $Properties {
                    version?: (number|null);
                    about?: (string|null);
                    address?: (string|null);
                    description?: (string|null);
                    email?: (string|null);
                    websites?: (string[]|null);
                    vertical?: (parley.business.v1.Vertical|null);
                    photo?: (parley.business.v1.ProfilePhoto.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.business.v1.BusinessProfile.$Properties;
            }

            interface IProfilePhoto extends parley.business.v1.ProfilePhoto.$Properties {
            }

            class ProfilePhoto {
                constructor(properties?: parley.business.v1.ProfilePhoto.$Properties);
                $unknowns?: Uint8Array[];
                sha256: Uint8Array;
                width: number;
                height: number;
                size: number;
                static encode(message: parley.business.v1.ProfilePhoto.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.business.v1.ProfilePhoto & parley.business.v1.ProfilePhoto.$Shape;
            }

            namespace ProfilePhoto {
                interface $Properties {
                    sha256?: (Uint8Array|null);
                    width?: (number|null);
                    height?: (number|null);
                    size?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.business.v1.ProfilePhoto.$Properties;
            }

            enum Vertical {
                VERTICAL_UNSPECIFIED = 0,
                AUTO = 1,
                BEAUTY = 2,
                APPAREL = 3,
                EDU = 4,
                ENTERTAIN = 5,
                EVENT_PLAN = 6,
                FINANCE = 7,
                GROCERY = 8,
                GOVT = 9,
                HOTEL = 10,
                HEALTH = 11,
                NONPROFIT = 12,
                PROF_SERVICES = 13,
                RETAIL = 14,
                TRAVEL = 15,
                RESTAURANT = 16,
                OTHER = 17
            }
        }
    }
}
