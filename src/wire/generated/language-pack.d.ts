import * as $protobuf from "protobufjs";

export namespace parley {

    namespace languagepack {

        namespace v1 {

            interface ISignedLanguagePack extends parley.languagepack.v1.SignedLanguagePack.$Properties {
            }

            class SignedLanguagePack {
                constructor(properties?: parley.languagepack.v1.SignedLanguagePack.$Properties);
                $unknowns?: Uint8Array[];
                pack: Uint8Array;
                signature: Uint8Array;
                static encode(message: parley.languagepack.v1.SignedLanguagePack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.languagepack.v1.SignedLanguagePack & parley.languagepack.v1.SignedLanguagePack.$Shape;
            }

            namespace SignedLanguagePack {
                interface $Properties {
                    pack?: (Uint8Array|null);
                    signature?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.languagepack.v1.SignedLanguagePack.$Properties;
            }

            interface ILanguagePack extends parley.languagepack.v1.LanguagePack.$Properties {
            }

            class LanguagePack {
                constructor(properties?: parley.languagepack.v1.LanguagePack.$Properties);
                $unknowns?: Uint8Array[];
                formatVersion: number;
                namespace: string;
                lg: string;
                lc?: (string|null);
                version: number;
                issuedAtMs: number;
                elements: parley.languagepack.v1.Element.$Properties[];
                static encode(message: parley.languagepack.v1.LanguagePack.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.languagepack.v1.LanguagePack & parley.languagepack.v1.LanguagePack.$Shape;
            }

            namespace LanguagePack {
                interface $Properties {
                    formatVersion?: (number|null);
                    namespace?: (string|null);
                    lg?: (string|null);
                    lc?: (string|null);
                    version?: (number|null);
                    issuedAtMs?: (number|null);
                    elements?: (parley.languagepack.v1.Element.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  formatVersion?: number|null;
                  namespace?: string|null;
                  lg?: string|null;
                  lc?: string|null;
                  version?: number|null;
                  issuedAtMs?: number|null;
                  elements?: parley.languagepack.v1.Element.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            enum Category {
                CATEGORY_UNSPECIFIED = 0,
                MARKETING = 1,
                UTILITY = 2,
                AUTHENTICATION = 3
            }

            interface IElement extends parley.languagepack.v1.Element.$Properties {
            }

            class Element {
                constructor(properties?: parley.languagepack.v1.Element.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                category: parley.languagepack.v1.Category;
                header?: (string|null);
                body: string;
                footer?: (string|null);
                buttons: parley.languagepack.v1.Button.$Properties[];
                static encode(message: parley.languagepack.v1.Element.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.languagepack.v1.Element & parley.languagepack.v1.Element.$Shape;
            }

            namespace Element {
                interface $Properties {
                    name?: (string|null);
                    category?: (parley.languagepack.v1.Category|null);
                    header?: (string|null);
                    body?: (string|null);
                    footer?: (string|null);
                    buttons?: (parley.languagepack.v1.Button.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  name?: string|null;
                  category?: parley.languagepack.v1.Category|null;
                  header?: string|null;
                  body?: string|null;
                  footer?: string|null;
                  buttons?: parley.languagepack.v1.Button.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IButton extends parley.languagepack.v1.Button.$Properties {
            }

            class Button {
                constructor(properties?: parley.languagepack.v1.Button.$Properties);
                $unknowns?: Uint8Array[];
                quickReply?: (parley.languagepack.v1.QuickReplyButton.$Properties|null);
                url?: (parley.languagepack.v1.UrlButton.$Properties|null);
                call?: (parley.languagepack.v1.CallButton.$Properties|null);
                kind?: ("quickReply"|"url"|"call");
                static encode(message: parley.languagepack.v1.Button.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.languagepack.v1.Button & parley.languagepack.v1.Button.$Shape;
            }

            namespace Button {
                interface $Properties {
                    quickReply?: (parley.languagepack.v1.QuickReplyButton.$Properties|null);
                    url?: (parley.languagepack.v1.UrlButton.$Properties|null);
                    call?: (parley.languagepack.v1.CallButton.$Properties|null);
                    kind?: ("quickReply"|"url"|"call");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  quickReply?: parley.languagepack.v1.QuickReplyButton.$Shape|null;
                  url?: parley.languagepack.v1.UrlButton.$Shape|null;
                  call?: parley.languagepack.v1.CallButton.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; quickReply?: null; url?: null; call?: null }|{ kind?: "quickReply"; quickReply: parley.languagepack.v1.QuickReplyButton.$Shape; url?: null; call?: null }|{ kind?: "url"; quickReply?: null; url: parley.languagepack.v1.UrlButton.$Shape; call?: null }|{ kind?: "call"; quickReply?: null; url?: null; call: parley.languagepack.v1.CallButton.$Shape })
                );
            }

            interface IQuickReplyButton extends parley.languagepack.v1.QuickReplyButton.$Properties {
            }

            class QuickReplyButton {
                constructor(properties?: parley.languagepack.v1.QuickReplyButton.$Properties);
                $unknowns?: Uint8Array[];
                text: string;
                static encode(message: parley.languagepack.v1.QuickReplyButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.languagepack.v1.QuickReplyButton & parley.languagepack.v1.QuickReplyButton.$Shape;
            }

            namespace QuickReplyButton {
                interface $Properties {
                    text?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.languagepack.v1.QuickReplyButton.$Properties;
            }

            interface IUrlButton extends parley.languagepack.v1.UrlButton.$Properties {
            }

            class UrlButton {
                constructor(properties?: parley.languagepack.v1.UrlButton.$Properties);
                $unknowns?: Uint8Array[];
                text: string;
                url: string;
                static encode(message: parley.languagepack.v1.UrlButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.languagepack.v1.UrlButton & parley.languagepack.v1.UrlButton.$Shape;
            }

            namespace UrlButton {
                interface $Properties {
                    text?: (string|null);
                    url?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.languagepack.v1.UrlButton.$Properties;
            }

            interface ICallButton extends parley.languagepack.v1.CallButton.$Properties {
            }

            class CallButton {
                constructor(properties?: parley.languagepack.v1.CallButton.$Properties);
                $unknowns?: Uint8Array[];
                text: string;
                phoneNumber: string;
                static encode(message: parley.languagepack.v1.CallButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.languagepack.v1.CallButton & parley.languagepack.v1.CallButton.$Shape;
            }

            namespace CallButton {
                interface $Properties {
                    text?: (string|null);
                    phoneNumber?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.languagepack.v1.CallButton.$Properties;
            }
        }
    }
}
