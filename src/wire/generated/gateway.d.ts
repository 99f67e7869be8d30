import * as $protobuf from "protobufjs";

export namespace parley {

    namespace gateway {

        namespace v1 {

            interface IEnvelopeHeader extends parley.gateway.v1.EnvelopeHeader.$Properties {
            }

            class EnvelopeHeader {
                constructor(properties?: parley.gateway.v1.EnvelopeHeader.$Properties);
                $unknowns?: Uint8Array[];
                formatVersion: number;
                messageId: string;
                sender?: (parley.gateway.v1.Address.$Properties|null);
                recipient?: (parley.gateway.v1.Address.$Properties|null);
                timestampMs: number;
                channel: parley.gateway.v1.Channel;
                service?: (parley.gateway.v1.ServiceClass.$Properties|null);
                template?: (parley.gateway.v1.TemplateClass.$Properties|null);
                messageClass?: ("service"|"template");
                static encode(message: parley.gateway.v1.EnvelopeHeader.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.gateway.v1.EnvelopeHeader & parley.gateway.v1.EnvelopeHeader.$Shape;
            }

            namespace EnvelopeHeader {
                interface $Properties {
                    formatVersion?: (number|null);
                    messageId?: (string|null);
                    sender?: (parley.gateway.v1.Address.$Properties|null);
                    recipient?: (parley.gateway.v1.Address.$Properties|null);
                    timestampMs?: (number|null);
                    channel?: (parley.gateway.v1.Channel|null);
                    service?: (parley.gateway.v1.ServiceClass.$Properties|null);
                    template?: (parley.gateway.v1.TemplateClass.$Properties|null);
                    messageClass?: ("service"|"template");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  formatVersion?: number|null;
                  messageId?: string|null;
                  sender?: parley.gateway.v1.Address.$Shape|null;
                  recipient?: parley.gateway.v1.Address.$Shape|null;
                  timestampMs?: number|null;
                  channel?: parley.gateway.v1.Channel|null;
                  service?: parley.gateway.v1.ServiceClass.$Shape|null;
                  template?: parley.gateway.v1.TemplateClass.$Shape|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ messageClass?: undefined; service?: null; template?: null }|{ messageClass?: "service"; service: parley.gateway.v1.ServiceClass.$Shape; template?: null }|{ messageClass?: "template"; service?: null; template: parley.gateway.v1.TemplateClass.$Shape })
                );
            }

            interface IAddress extends parley.gateway.v1.Address.$Properties {
            }

            class Address {
                constructor(properties?: parley.gateway.v1.Address.$Properties);
                $unknowns?: Uint8Array[];
                name: string;
                deviceId: number;
                static encode(message: parley.gateway.v1.Address.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.gateway.v1.Address & parley.gateway.v1.Address.$Shape;
            }

            namespace Address {
                interface $Properties {
                    name?: (string|null);
                    deviceId?: (number|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.gateway.v1.Address.$Properties;
            }

            enum Channel {
                CHANNEL_UNSPECIFIED = 0,
                PAIRWISE = 1,
                GROUP = 2
            }

            interface IServiceClass extends parley.gateway.v1.ServiceClass.$Properties {
            }

            class ServiceClass {
                constructor(properties?: parley.gateway.v1.ServiceClass.$Properties);
                $unknowns?: Uint8Array[];
                static encode(message: parley.gateway.v1.ServiceClass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.gateway.v1.ServiceClass & parley.gateway.v1.ServiceClass.$Shape;
            }

            namespace ServiceClass {
                interface $Properties {
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.gateway.v1.ServiceClass.$Properties;
            }

            interface ITemplateClass extends parley.gateway.v1.TemplateClass.$Properties {
            }

            class TemplateClass {
                constructor(properties?: parley.gateway.v1.TemplateClass.$Properties);
                $unknowns?: Uint8Array[];
                category: parley.gateway.v1.Category;
                templateName: string;
                lg: string;
                lc?: (string|null);
                static encode(message: parley.gateway.v1.TemplateClass.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.gateway.v1.TemplateClass & parley.gateway.v1.TemplateClass.$Shape;
            }

            namespace TemplateClass {
                interface $Properties {
                    category?: (parley.gateway.v1.Category|null);
                    templateName?: (string|null);
                    lg?: (string|null);
                    lc?: (string|null);
                    $unknowns?: Uint8Array[];
                }
                type $Shape = parley.gateway.v1.TemplateClass.$Properties;
            }

            enum Category {
                CATEGORY_UNSPECIFIED = 0,
                MARKETING = 1,
                UTILITY = 2,
                AUTHENTICATION = 3
            }

            interface IEnvelope extends parley.gateway.v1.Envelope.$Properties {
            }

            class Envelope {
                constructor(properties?: parley.gateway.v1.Envelope.$Properties);
                $unknowns?: Uint8Array[];
                header: Uint8Array;
                prekeyMessage?: (Uint8Array|null);
                signalMessage?: (Uint8Array|null);
                senderKeyMessage?: (Uint8Array|null);
                ciphertext?: ("prekeyMessage"|"signalMessage"|"senderKeyMessage");
                static encode(message: parley.gateway.v1.Envelope.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
                static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): parley.gateway.v1.Envelope & parley.gateway.v1.Envelope.$Shape;
            }

            namespace Envelope {
                interface $Properties {
                    header?: (Uint8Array|null);
                    prekeyMessage?: (Uint8Array|null);
                    signalMessage?: (Uint8Array|null);
                    senderKeyMessage?: (Uint8Array|null);
                    ciphertext?: ("prekeyMessage"|"signalMessage"|"senderKeyMessage");
                    $unknowns?: Uint8Array[];
                }
                type $Shape = {
                  header?: Uint8Array|null;
                  prekeyMessage?: Uint8Array|null;
                  signalMessage?: Uint8Array|null;
                  senderKeyMessage?: Uint8Array|null;
                  $unknowns?: Uint8Array[];
                } & (
                  ({ ciphertext?: undefined; prekeyMessage?: null; signalMessage?: null; senderKeyMessage?: null }|{ ciphertext?: "prekeyMessage"; prekeyMessage: Uint8Array; signalMessage?: null; senderKeyMessage?: null }|{ ciphertext?: "signalMessage"; prekeyMessage?: null; signalMessage: Uint8Array; senderKeyMessage?: null }|{ ciphertext?: "senderKeyMessage"; prekeyMessage?: null; signalMessage?: null; senderKeyMessage: Uint8Array })
                );
            }
        }
    }
}
