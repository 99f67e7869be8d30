import * as $protobuf from "protobufjs";

export namespace parley {

    namespace content {

        namespace v1 {

            interface IContent extends parley.content.v1.Content.$Properties {
            }

            class Content {
                constructor(properties?: parley.content.v1.Content.$Properties);
                $unknowns?: Uint8Array[];
                conversation?: (string|null);
                imageMessage?: (parley.content.v1.ImageMessage.$Properties|null);
                extendedTextMessage?: (parley.content.v1.ExtendedTextMessage.$Properties|null);
                highlyStructuredMessage?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                templateMessage?: (parley.content.v1.TemplateMessage.$Properties|null);
                translations?: (parley.content.v1.Translations.$Properties|null);
                receipt?: (parley.content.v1.Receipt.$Properties|null);
                messageId: string;
                timestampMs: number;
                envelopeDigest: Uint8Array;
                kind?: ("conversation"|"imageMessage"|"extendedTextMessage"|"highlyStructuredMessage"|"templateMessage"|"translations"|"receipt");
                static encode(message: parley.content.v1.Content.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.Content & parley.content.v1.Content.$Shape;
            }

            namespace Content {
                interface $Properties {
                    conversation?: (string|null);
                    imageMessage?: (parley.content.v1.ImageMessage.$Properties|null);
                    extendedTextMessage?: (parley.content.v1.ExtendedTextMessage.$Properties|null);
                    highlyStructuredMessage?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    templateMessage?: (parley.content.v1.TemplateMessage.$Properties|null);
                    translations?: (parley.content.v1.Translations.$Properties|null);
                    receipt?: (parley.content.v1.Receipt.$Properties|null);
                    messageId?: (string|null);
                    timestampMs?: (number|null);
                    envelopeDigest?: (Uint8Array|null);
                    kind?: ("conversation"|"imageMessage"|"extendedTextMessage"|"highlyStructuredMessage"|"templateMessage"|"translations"|"receipt");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  conversation?: string|null;
                  imageMessage?: parley.content.v1.ImageMessage.$Shape|null;
                  extendedTextMessage?: parley.content.v1.ExtendedTextMessage.$Shape|null;
                  highlyStructuredMessage?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                  templateMessage?: parley.content.v1.TemplateMessage.$Shape|null;
                  translations?: parley.content.v1.Translations.$Shape|null;
                  receipt?: parley.content.v1.Receipt.$Shape|null;
                  messageId?: string|null;
                  timestampMs?: number|null;
                  envelopeDigest?: Uint8Array|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ kind?: undefined; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "conversation"; conversation: string; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "imageMessage"; conversation?: null; imageMessage: parley.content.v1.ImageMessage.$Shape; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "extendedTextMessage"; conversation?: null; imageMessage?: null; extendedTextMessage: parley.content.v1.ExtendedTextMessage.$Shape; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "highlyStructuredMessage"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage: parley.content.v1.HighlyStructuredMessage.$Shape; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "templateMessage"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage: parley.content.v1.TemplateMessage.$Shape; translations?: null; receipt?: null }|{ kind?: "translations"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations: parley.content.v1.Translations.$Shape; receipt?: null }|{ kind?: "receipt"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt: parley.content.v1.Receipt.$Shape })
                );
            }

            interface IImageMessage extends parley.content.v1.ImageMessage.$Properties {
            }

            class ImageMessage {
                constructor(properties?: parley.content.v1.ImageMessage.$Properties);
                $unknowns?: Uint8Array[];
                url: string;
                mimetype: string;
                caption: string;
                fileSha256: Uint8Array;
                fileLength: number;
                height: number;
                width: number;
                mediaKey: Uint8Array;
                fileEncSha256: Uint8Array;
                directPath: string;
                mediaKeyTimestamp: number;
                jpegThumbnail: Uint8Array;
                static encode(message: parley.content.v1.ImageMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.ImageMessage & parley.content.v1.ImageMessage.$Shape;
            }

            namespace ImageMessage {
                interface $Properties {
                    url?: (string|null);
                    mimetype?: (string|null);
                    caption?: (string|null);
                    fileSha256?: (Uint8Array|null);
                    fileLength?: (number|null);
                    height?: (number|null);
                    width?: (number|null);
                    mediaKey?: (Uint8Array|null);
                    fileEncSha256?: (Uint8Array|null);
                    directPath?: (string|null);
                    mediaKeyTimestamp?: (number|null);
                    jpegThumbnail?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.content.v1.ImageMessage.$Properties;
            }

            interface IExtendedTextMessage extends parley.content.v1.ExtendedTextMessage.$Properties {
            }

            class ExtendedTextMessage {
                constructor(properties?: parley.content.v1.ExtendedTextMessage.$Properties);
                $unknowns?: Uint8Array[];
                text: string;
                matchedText: string;
                description: string;
                title: string;
                previewType: parley.content.v1.ExtendedTextMessage.PreviewType;
                jpegThumbnail: Uint8Array;
                static encode(message: parley.content.v1.ExtendedTextMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.ExtendedTextMessage & parley.content.v1.ExtendedTextMessage.$Shape;
            }

            namespace ExtendedTextMessage {
                interface $Properties {
                    text?: (string|null);
                    matchedText?: (string|null);
                    description?: (string|null);
                    title?: (string|null);
                    previewType?: (parley.content.v1.ExtendedTextMessage.PreviewType|null);
                    jpegThumbnail?: (Uint8Array|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.content.v1.ExtendedTextMessage.$Properties;

                enum PreviewType {
                    NONE = 0,
                    VIDEO = 1,
                    PLACEHOLDER = 4,
                    IMAGE = 5,
                    PAYMENT_LINKS = 6,
                    PROFILE = 7
                }
            }

            interface IHighlyStructuredMessage extends parley.content.v1.HighlyStructuredMessage.$Properties {
            }

            class HighlyStructuredMessage {
                constructor(properties?: parley.content.v1.HighlyStructuredMessage.$Properties);
                $unknowns?: Uint8Array[];
                namespace: string;
                elementName: string;
                params: string[];
                fallbackLg: string;
                fallbackLc: string;
                localizableParams: parley.content.v1.HSMLocalizableParameter.$Properties[];
                deterministicLg: string;
                deterministicLc: string;
                hydratedHsm?: (parley.content.v1.TemplateMessage.$Properties|null);
                static encode(message: parley.content.v1.HighlyStructuredMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HighlyStructuredMessage & parley.content.v1.HighlyStructuredMessage.$Shape;
            }

            namespace HighlyStructuredMessage {
                interface $Properties {
                    namespace?: (string|null);
                    elementName?: (string|null);
                    params?: (string[]|null);
                    fallbackLg?: (string|null);
                    fallbackLc?: (string|null);
                    localizableParams?: (parley.content.v1.HSMLocalizableParameter.$Properties[]|null);
                    deterministicLg?: (string|null);
                    deterministicLc?: (string|null);
                    hydratedHsm?: (parley.content.v1.TemplateMessage.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  namespace?: string|null;
                  elementName?: string|null;
                  params?: string[]|null;
                  fallbackLg?: string|null;
                  fallbackLc?: string|null;
                  localizableParams?: parley.content.v1.HSMLocalizableParameter.$Shape[]|null;
                  deterministicLg?: string|null;
                  deterministicLc?: string|null;
                  hydratedHsm?: parley.content.v1.TemplateMessage.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IHSMLocalizableParameter extends parley.content.v1.HSMLocalizableParameter.$Properties {
            }

            class HSMLocalizableParameter {
                constructor(properties?: parley.content.v1.HSMLocalizableParameter.$Properties);
                $unknowns?: Uint8Array[];
                default: string;
                currency?: (parley.content.v1.HSMCurrency.$Properties|null);
                dateTime?: (parley.content.v1.HSMDateTime.$Properties|null);
                paramOneof?: ("currency"|"dateTime");
                static encode(message: parley.content.v1.HSMLocalizableParameter.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HSMLocalizableParameter & parley.content.v1.HSMLocalizableParameter.$Shape;
            }

            namespace HSMLocalizableParameter {
                interface $Properties {
                    "default"?: (string|null);
                    currency?: (parley.content.v1.HSMCurrency.$Properties|null);
                    dateTime?: (parley.content.v1.HSMDateTime.$Properties|null);
                    paramOneof?: ("currency"|"dateTime");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  "default"?: string|null;
                  currency?: parley.content.v1.HSMCurrency.$Shape|null;
                  dateTime?: parley.content.v1.HSMDateTime.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ paramOneof?: undefined; currency?: null; dateTime?: null }|{ paramOneof?: "currency"; currency: parley.content.v1.HSMCurrency.$Shape; dateTime?: null }|{ paramOneof?: "dateTime"; currency?: null; dateTime: parley.content.v1.HSMDateTime.$Shape })
                );
            }

            interface IHSMCurrency extends parley.content.v1.HSMCurrency.$Properties {
            }

            class HSMCurrency {
                constructor(properties?: parley.content.v1.HSMCurrency.$Properties);
                $unknowns?: Uint8Array[];
                currencyCode: string;
                amount1000: number;
                static encode(message: parley.content.v1.HSMCurrency.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HSMCurrency & parley.content.v1.HSMCurrency.$Shape;
            }

            namespace HSMCurrency {
                interface $Properties {
                    currencyCode?: (string|null);
                    amount1000?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.content.v1.HSMCurrency.$Properties;
            }

            interface IHSMDateTime extends parley.content.v1.HSMDateTime.$Properties {
            }

            class HSMDateTime {
                constructor(properties?: parley.content.v1.HSMDateTime.$Properties);
                $unknowns?: Uint8Array[];
                component?: (parley.content.v1.HSMDateTimeComponent.$Properties|null);
                unixEpoch?: (parley.content.v1.HSMDateTimeUnixEpoch.$Properties|null);
                datetimeOneof?: ("component"|"unixEpoch");
                static encode(message: parley.content.v1.HSMDateTime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HSMDateTime & parley.content.v1.HSMDateTime.$Shape;
            }

            namespace HSMDateTime {
                interface $Properties {
                    component?: (parley.content.v1.HSMDateTimeComponent.$Properties|null);
                    unixEpoch?: (parley.content.v1.HSMDateTimeUnixEpoch.$Properties|null);
                    datetimeOneof?: ("component"|"unixEpoch");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  component?: parley.content.v1.HSMDateTimeComponent.$Shape|null;
                  unixEpoch?: parley.content.v1.HSMDateTimeUnixEpoch.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ datetimeOneof?: undefined; component?: null; unixEpoch?: null }|{ datetimeOneof?: "component"; component: parley.content.v1.HSMDateTimeComponent.$Shape; unixEpoch?: null }|{ datetimeOneof?: "unixEpoch"; component?: null; unixEpoch: parley.content.v1.HSMDateTimeUnixEpoch.$Shape })
                );
            }

            interface IHSMDateTimeComponent extends parley.content.v1.HSMDateTimeComponent.$Properties {
            }

            class HSMDateTimeComponent {
                constructor(properties?: parley.content.v1.HSMDateTimeComponent.$Properties);
                $unknowns?: Uint8Array[];
                dayOfWeek: parley.content.v1.HSMDateTimeComponent.DayOfWeekType;
                year: number;
                month: number;
                dayOfMonth: number;
                hour: number;
                minute: number;
                calendar: parley.content.v1.HSMDateTimeComponent.CalendarType;
                static encode(message: parley.content.v1.HSMDateTimeComponent.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HSMDateTimeComponent & parley.content.v1.HSMDateTimeComponent.$Shape;
            }

            namespace HSMDateTimeComponent {
                interface $Properties {
                    dayOfWeek?: (parley.content.v1.HSMDateTimeComponent.DayOfWeekType|null);
                    year?: (number|null);
                    month?: (number|null);
                    dayOfMonth?: (number|null);
                    hour?: (number|null);
                    minute?: (number|null);
                    calendar?: (parley.content.v1.HSMDateTimeComponent.CalendarType|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.content.v1.HSMDateTimeComponent.$Properties;

                enum DayOfWeekType {
                    MONDAY = 1,
                    TUESDAY = 2,
                    WEDNESDAY = 3,
                    THURSDAY = 4,
                    FRIDAY = 5,
                    SATURDAY = 6,
                    SUNDAY = 7
                }

                enum CalendarType {
                    GREGORIAN = 1,
                    SOLAR_HIJRI = 2
                }
            }

            interface IHSMDateTimeUnixEpoch extends parley.content.v1.HSMDateTimeUnixEpoch.$Properties {
            }

            class HSMDateTimeUnixEpoch {
                constructor(properties?: parley.content.v1.HSMDateTimeUnixEpoch.$Properties);
                $unknowns?: Uint8Array[];
                timestamp: number;
                static encode(message: parley.content.v1.HSMDateTimeUnixEpoch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HSMDateTimeUnixEpoch & parley.content.v1.HSMDateTimeUnixEpoch.$Shape;
            }

            namespace HSMDateTimeUnixEpoch {
                interface $Properties {
                    timestamp?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.content.v1.HSMDateTimeUnixEpoch.$Properties;
            }

            interface ITemplateMessage extends parley.content.v1.TemplateMessage.$Properties {
            }

            class TemplateMessage {
                constructor(properties?: parley.content.v1.TemplateMessage.$Properties);
                $unknowns?: Uint8Array[];
                fourRowTemplate?: (parley.content.v1.FourRowTemplate.$Properties|null);
                hydratedFourRowTemplate?: (parley.content.v1.HydratedFourRowTemplate.$Properties|null);
                hydratedTemplate?: (parley.content.v1.HydratedFourRowTemplate.$Properties|null);
                templateId: string;
                format?: ("fourRowTemplate"|"hydratedFourRowTemplate");
                static encode(message: parley.content.v1.TemplateMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.TemplateMessage & parley.content.v1.TemplateMessage.$Shape;
            }

            namespace TemplateMessage {
                interface $Properties {
                    fourRowTemplate?: (parley.content.v1.FourRowTemplate.$Properties|null);
                    hydratedFourRowTemplate?: (parley.content.v1.HydratedFourRowTemplate.$Properties|null);
                    hydratedTemplate?: (parley.content.v1.HydratedFourRowTemplate.$Properties|null);
                    templateId?: (string|null);
                    format?: ("fourRowTemplate"|"hydratedFourRowTemplate");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  fourRowTemplate?: parley.content.v1.FourRowTemplate.$Shape|null;
                  hydratedFourRowTemplate?: parley.content.v1.HydratedFourRowTemplate.$Shape|null;
                  hydratedTemplate?: parley.content.v1.HydratedFourRowTemplate.$Shape|null;
                  templateId?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ format?: undefined; fourRowTemplate?: null; hydratedFourRowTemplate?: null }|{ format?: "fourRowTemplate"; fourRowTemplate: parley.content.v1.FourRowTemplate.$Shape; hydratedFourRowTemplate?: null }|{ format?: "hydratedFourRowTemplate"; fourRowTemplate?: null; hydratedFourRowTemplate: parley.content.v1.HydratedFourRowTemplate.$Shape })
                );
            }

            interface IFourRowTemplate extends parley.content.v1.FourRowTemplate.$Properties {
            }

            class FourRowTemplate {
                constructor(properties?: parley.content.v1.FourRowTemplate.$Properties);
                $unknowns?: Uint8Array[];
                highlyStructuredMessage?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                imageMessage?: (parley.content.v1.ImageMessage.$Properties|null);
                content?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                footer?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                buttons: parley.content.v1.TemplateButton.$Properties[];
                title?: ("highlyStructuredMessage"|"imageMessage");
                static encode(message: parley.content.v1.FourRowTemplate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.FourRowTemplate & parley.content.v1.FourRowTemplate.$Shape;
            }

            namespace FourRowTemplate {
                interface $Properties {
                    highlyStructuredMessage?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    imageMessage?: (parley.content.v1.ImageMessage.$Properties|null);
                    content?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    footer?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    buttons?: (parley.content.v1.TemplateButton.$Properties[]|null);
                    title?: ("highlyStructuredMessage"|"imageMessage");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  highlyStructuredMessage?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                  imageMessage?: parley.content.v1.ImageMessage.$Shape|null;
                  content?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                  footer?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                  buttons?: parley.content.v1.TemplateButton.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ title?: undefined; highlyStructuredMessage?: null; imageMessage?: null }|{ title?: "highlyStructuredMessage"; highlyStructuredMessage: parley.content.v1.HighlyStructuredMessage.$Shape; imageMessage?: null }|{ title?: "imageMessage"; highlyStructuredMessage?: null; imageMessage: parley.content.v1.ImageMessage.$Shape })
                );
            }

            interface IHydratedFourRowTemplate extends parley.content.v1.HydratedFourRowTemplate.$Properties {
            }

            class HydratedFourRowTemplate {
                constructor(properties?: parley.content.v1.HydratedFourRowTemplate.$Properties);
                $unknowns?: Uint8Array[];
                hydratedTitleText?: (string|null);
                imageMessage?: (parley.content.v1.ImageMessage.$Properties|null);
                hydratedContentText: string;
                hydratedFooterText: string;
                hydratedButtons: parley.content.v1.HydratedTemplateButton.$Properties[];
                templateId: string;
                title?: ("hydratedTitleText"|"imageMessage");
                static encode(message: parley.content.v1.HydratedFourRowTemplate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HydratedFourRowTemplate & parley.content.v1.HydratedFourRowTemplate.$Shape;
            }

            namespace HydratedFourRowTemplate {
                interface $Properties {
                    hydratedTitleText?: (string|null);
                    imageMessage?: (parley.content.v1.ImageMessage.$Properties|null);
                    hydratedContentText?: (string|null);
                    hydratedFooterText?: (string|null);
                    hydratedButtons?: (parley.content.v1.HydratedTemplateButton.$Properties[]|null);
                    templateId?: (string|null);
                    title?: ("hydratedTitleText"|"imageMessage");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  hydratedTitleText?: string|null;
                  imageMessage?: parley.content.v1.ImageMessage.$Shape|null;
                  hydratedContentText?: string|null;
                  hydratedFooterText?: string|null;
                  hydratedButtons?: parley.content.v1.HydratedTemplateButton.$Shape[]|null;
                  templateId?: string|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ title?: undefined; hydratedTitleText?: null; imageMessage?: null }|{ title?: "hydratedTitleText"; hydratedTitleText: string; imageMessage?: null }|{ title?: "imageMessage"; hydratedTitleText?: null; imageMessage: parley.content.v1.ImageMessage.$Shape })
                );
            }

            interface ITemplateButton extends parley.content.v1.TemplateButton.$Properties {
            }

            class TemplateButton {
                constructor(properties?: parley.content.v1.TemplateButton.$Properties);
                $unknowns?: Uint8Array[];
                quickReplyButton?: (parley.content.v1.TemplateButton.QuickReplyButton.$Properties|null);
                urlButton?: (parley.content.v1.TemplateButton.URLButton.$Properties|null);
                callButton?: (parley.content.v1.TemplateButton.CallButton.$Properties|null);
                index: number;
                button?: ("quickReplyButton"|"urlButton"|"callButton");
                static encode(message: parley.content.v1.TemplateButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.TemplateButton & parley.content.v1.TemplateButton.$Shape;
            }

            namespace TemplateButton {
                interface $Properties {
                    quickReplyButton?: (parley.content.v1.TemplateButton.QuickReplyButton.$Properties|null);
                    urlButton?: (parley.content.v1.TemplateButton.URLButton.$Properties|null);
                    callButton?: (parley.content.v1.TemplateButton.CallButton.$Properties|null);
                    index?: (number|null);
                    button?: ("quickReplyButton"|"urlButton"|"callButton");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  quickReplyButton?: parley.content.v1.TemplateButton.QuickReplyButton.$Shape|null;
                  urlButton?: parley.content.v1.TemplateButton.URLButton.$Shape|null;
                  callButton?: parley.content.v1.TemplateButton.CallButton.$Shape|null;
                  index?: number|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ button?: undefined; quickReplyButton?: null; urlButton?: null; callButton?: null }|{ button?: "quickReplyButton"; quickReplyButton: parley.content.v1.TemplateButton.QuickReplyButton.$Shape; urlButton?: null; callButton?: null }|{ button?: "urlButton"; quickReplyButton?: null; urlButton: parley.content.v1.TemplateButton.URLButton.$Shape; callButton?: null }|{ button?: "callButton"; quickReplyButton?: null; urlButton?: null; callButton: parley.content.v1.TemplateButton.CallButton.$Shape })
                );

                interface IQuickReplyButton extends parley.content.v1.TemplateButton.QuickReplyButton.$Properties {
                }

                class QuickReplyButton {
                    constructor(properties?: parley.content.v1.TemplateButton.QuickReplyButton.$Properties);
                    $unknowns?: Uint8Array[];
                    displayText?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    id: string;
                    static encode(message: parley.content.v1.TemplateButton.QuickReplyButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.TemplateButton.QuickReplyButton & parley.content.v1.TemplateButton.QuickReplyButton.$Shape;
                }

                namespace QuickReplyButton {
                    interface $Properties {
                        displayText?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                        id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      displayText?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                      id?: string|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface IURLButton extends parley.content.v1.TemplateButton.URLButton.$Properties {
                }

                class URLButton {
                    constructor(properties?: parley.content.v1.TemplateButton.URLButton.$Properties);
                    $unknowns?: Uint8Array[];
                    displayText?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    url?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    static encode(message: parley.content.v1.TemplateButton.URLButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.TemplateButton.URLButton & parley.content.v1.TemplateButton.URLButton.$Shape;
                }

                namespace URLButton {
                    interface $Properties {
                        displayText?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                        url?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      displayText?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                      url?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }

                interface ICallButton extends parley.content.v1.TemplateButton.CallButton.$Properties {
                }

                class CallButton {
                    constructor(properties?: parley.content.v1.TemplateButton.CallButton.$Properties);
                    $unknowns?: Uint8Array[];
                    displayText?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    phoneNumber?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                    static encode(message: parley.content.v1.TemplateButton.CallButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.TemplateButton.CallButton & parley.content.v1.TemplateButton.CallButton.$Shape;
                }

                namespace CallButton {
                    interface $Properties {
                        displayText?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                        phoneNumber?: (parley.content.v1.HighlyStructuredMessage.$Properties|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = {
                      displayText?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                      phoneNumber?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                      $unknowns?: Uint8Array[];
                    };
                }
            }

            interface IHydratedTemplateButton extends parley.content.v1.HydratedTemplateButton.$Properties {
            }

            class HydratedTemplateButton {
                constructor(properties?: parley.content.v1.HydratedTemplateButton.$Properties);
                $unknowns?: Uint8Array[];
                quickReplyButton?: (parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties|null);
                urlButton?: (parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties|null);
                callButton?: (parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties|null);
                index: number;
                hydratedButton?: ("quickReplyButton"|"urlButton"|"callButton");
                static encode(message: parley.content.v1.HydratedTemplateButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HydratedTemplateButton & parley.content.v1.HydratedTemplateButton.$Shape;
            }

            namespace HydratedTemplateButton {
                interface $Properties {
                    quickReplyButton?: (parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties|null);
                    urlButton?: (parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties|null);
                    callButton?: (parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties|null);
                    index?: (number|null);
                    hydratedButton?: ("quickReplyButton"|"urlButton"|"callButton");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  quickReplyButton?: parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Shape|null;
                  urlButton?: parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Shape|null;
                  callButton?: parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Shape|null;
                  index?: number|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ hydratedButton?: undefined; quickReplyButton?: null; urlButton?: null; callButton?: null }|{ hydratedButton?: "quickReplyButton"; quickReplyButton: parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Shape; urlButton?: null; callButton?: null }|{ hydratedButton?: "urlButton"; quickReplyButton?: null; urlButton: parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Shape; callButton?: null }|{ hydratedButton?: "callButton"; quickReplyButton?: null; urlButton?: null; callButton: parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Shape })
                );

                interface IHydratedQuickReplyButton extends parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties {
                }

                class HydratedQuickReplyButton {
                    constructor(properties?: parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties);
                    $unknowns?: Uint8Array[];
                    displayText: string;
                    id: string;
                    static encode(message: parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton & parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Shape;
                }

                namespace HydratedQuickReplyButton {
                    interface $Properties {
                        displayText?: (string|null);
                        id?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties;
                }

                interface IHydratedURLButton extends parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties {
                }

                class HydratedURLButton {
                    constructor(properties?: parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties);
                    $unknowns?: Uint8Array[];
                    displayText: string;
                    url: string;
                    static encode(message: parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HydratedTemplateButton.HydratedURLButton & parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Shape;
                }

                namespace HydratedURLButton {
                    interface $Properties {
                        displayText?: (string|null);
                        url?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties;
                }

                interface IHydratedCallButton extends parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties {
                }

                class HydratedCallButton {
                    constructor(properties?: parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties);
                    $unknowns?: Uint8Array[];
                    displayText: string;
                    phoneNumber: string;
                    static encode(message: parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                    static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.HydratedTemplateButton.HydratedCallButton & parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Shape;
                }

                namespace HydratedCallButton {
                    interface $Properties {
                        displayText?: (string|null);
                        phoneNumber?: (string|null);
                        $unknowns?: Uint8Array[];
                    }
                    type $Shape = parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties;
                }
            }

            interface ITranslations extends parley.content.v1.Translations.$Properties {
            }

            class Translations {
                constructor(properties?: parley.content.v1.Translations.$Properties);
                $unknowns?: Uint8Array[];
                variants: parley.content.v1.LocalizedVariant.$Properties[];
                defaultLg: string;
                defaultLc: string;
                fallbackChain: parley.content.v1.LanguageTag.$Properties[];
                static encode(message: parley.content.v1.Translations.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.Translations & parley.content.v1.Translations.$Shape;
            }

            namespace Translations {
                interface $Properties {
                    variants?: (parley.content.v1.LocalizedVariant.$Properties[]|null);
                    defaultLg?: (string|null);
                    defaultLc?: (string|null);
                    fallbackChain?: (parley.content.v1.LanguageTag.$Properties[]|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  variants?: parley.content.v1.LocalizedVariant.$Shape[]|null;
                  defaultLg?: string|null;
                  defaultLc?: string|null;
                  fallbackChain?: parley.content.v1.LanguageTag.$Shape[]|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface ILanguageTag extends parley.content.v1.LanguageTag.$Properties {
            }

            class LanguageTag {
                constructor(properties?: parley.content.v1.LanguageTag.$Properties);
                $unknowns?: Uint8Array[];
                lg: string;
                lc: string;
                static encode(message: parley.content.v1.LanguageTag.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.LanguageTag & parley.content.v1.LanguageTag.$Shape;
            }

            namespace LanguageTag {
                interface $Properties {
                    lg?: (string|null);
                    lc?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.content.v1.LanguageTag.$Properties;
            }

            interface ILocalizedVariant extends parley.content.v1.LocalizedVariant.$Properties {
            }

            class LocalizedVariant {
                constructor(properties?: parley.content.v1.LocalizedVariant.$Properties);
                $unknowns?: Uint8Array[];
                lg: string;
                lc: string;
                content?: (parley.content.v1.Content.$Properties|null);
                static encode(message: parley.content.v1.LocalizedVariant.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.LocalizedVariant & parley.content.v1.LocalizedVariant.$Shape;
            }

            namespace LocalizedVariant {
                interface $Properties {
                    lg?: (string|null);
                    lc?: (string|null);
                    content?: (parley.content.v1.Content.$Properties|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  lg?: string|null;
                  lc?: string|null;
                  content?: parley.content.v1.Content.$Shape|null;
                  $unknowns?: Uint8Array[];
                };
            }

            interface IReceipt extends parley.content.v1.Receipt.$Properties {
            }

            class Receipt {
                constructor(properties?: parley.content.v1.Receipt.$Properties);
                $unknowns?: Uint8Array[];
                type: parley.content.v1.Receipt.Type;
                messageIds: string[];
                timestampMs: number;
                static encode(message: parley.content.v1.Receipt.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.content.v1.Receipt & parley.content.v1.Receipt.$Shape;
            }

            namespace Receipt {
                interface $Properties {
                    type?: (parley.content.v1.Receipt.Type|null);
                    messageIds?: (string[]|null);
                    timestampMs?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.content.v1.Receipt.$Properties;

                enum Type {
                    DELIVERED = 1,
                    READ = 2
                }
            }
        }
    }
}
