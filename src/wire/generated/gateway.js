/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["parley_gateway_v1"] || ($protobuf.roots["parley_gateway_v1"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.gateway = (function() {

        /**
         * Namespace gateway.
         * @memberof parley
         * @namespace
         */
        const gateway = {};

        gateway.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.gateway
             * @namespace
             */
            const v1 = {};

            v1.EnvelopeHeader = (function() {

                /**
                 * Properties of an EnvelopeHeader.
                 * @typedef {Object} parley.gateway.v1.EnvelopeHeader.$Properties
                 * @property {number|null} [formatVersion] EnvelopeHeader formatVersion
                 * @property {string|null} [messageId] EnvelopeHeader messageId
                 * @property {parley.gateway.v1.Address.$Properties|null} [sender] EnvelopeHeader sender
                 * @property {parley.gateway.v1.Address.$Properties|null} [recipient] EnvelopeHeader recipient
                 * @property {number|null} [timestampMs] EnvelopeHeader timestampMs
                 * @property {parley.gateway.v1.Channel|null} [channel] EnvelopeHeader channel
                 * @property {parley.gateway.v1.ServiceClass.$Properties|null} [service] EnvelopeHeader service
                 * @property {parley.gateway.v1.TemplateClass.$Properties|null} [template] EnvelopeHeader template
                 * @property {"service"|"template"} [messageClass] EnvelopeHeader messageClass
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an EnvelopeHeader.
                 * @memberof parley.gateway.v1
                 * @interface IEnvelopeHeader
                 * @augments parley.gateway.v1.EnvelopeHeader.$Properties
                 * @deprecated Use parley.gateway.v1.EnvelopeHeader.$Properties instead.
                 */

                /**
                 * Narrowed shape of an EnvelopeHeader.
                 * @typedef {{
                 *   formatVersion?: number|null;
                 *   messageId?: string|null;
                 *   sender?: parley.gateway.v1.Address.$Shape|null;
                 *   recipient?: parley.gateway.v1.Address.$Shape|null;
                 *   timestampMs?: number|null;
                 *   channel?: parley.gateway.v1.Channel|null;
                 *   service?: parley.gateway.v1.ServiceClass.$Shape|null;
                 *   template?: parley.gateway.v1.TemplateClass.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ messageClass?: undefined; service?: null; template?: null }|{ messageClass?: "service"; service: parley.gateway.v1.ServiceClass.$Shape; template?: null }|{ messageClass?: "template"; service?: null; template: parley.gateway.v1.TemplateClass.$Shape })
                 * )} parley.gateway.v1.EnvelopeHeader.$Shape
                 */

                /**
                 * Constructs a new EnvelopeHeader.
                 * @memberof parley.gateway.v1
                 * @classdesc Represents an EnvelopeHeader.
                 * @constructor
                 * @param {parley.gateway.v1.EnvelopeHeader.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const EnvelopeHeader = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * EnvelopeHeader formatVersion.
                 * @member {number} formatVersion
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.formatVersion = 0;

                /**
                 * EnvelopeHeader messageId.
                 * @member {string} messageId
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.messageId = "";

                /**
                 * EnvelopeHeader sender.
                 * @member {parley.gateway.v1.Address.$Properties|null|undefined} sender
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.sender = null;

                /**
                 * EnvelopeHeader recipient.
                 * @member {parley.gateway.v1.Address.$Properties|null|undefined} recipient
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.recipient = null;

                /**
                 * EnvelopeHeader timestampMs.
                 * @member {number} timestampMs
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.timestampMs = 0;

                /**
                 * EnvelopeHeader channel.
                 * @member {parley.gateway.v1.Channel} channel
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.channel = 0;

                /**
                 * EnvelopeHeader service.
                 * @member {parley.gateway.v1.ServiceClass.$Properties|null|undefined} service
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.service = null;

                /**
                 * EnvelopeHeader template.
                 * @member {parley.gateway.v1.TemplateClass.$Properties|null|undefined} template
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                EnvelopeHeader.prototype.template = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * EnvelopeHeader messageClass.
                 * @member {"service"|"template"|undefined} messageClass
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @instance
                 */
                $Object.defineProperty(EnvelopeHeader.prototype, "messageClass", {
                    get: $util.oneOfGetter($oneOfFields = ["service", "template"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified EnvelopeHeader message. Does not implicitly {@link parley.gateway.v1.EnvelopeHeader.verify|verify} messages.
                 * @function encode
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @static
                 * @param {parley.gateway.v1.EnvelopeHeader.$Properties} message EnvelopeHeader message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                EnvelopeHeader.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId") && message.messageId !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageId);
                    if (message.sender != null && $Object.hasOwnProperty.call(message, "sender"))
                        $root.parley.gateway.v1.Address.encode(message.sender, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.recipient != null && $Object.hasOwnProperty.call(message, "recipient"))
                        $root.parley.gateway.v1.Address.encode(message.recipient, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && !$Object.is(message.timestampMs, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.timestampMs);
                    if (message.channel != null && $Object.hasOwnProperty.call(message, "channel") && message.channel !== 0)
                        writer.uint32(/* id 6, wireType 0 =*/48).int32(message.channel);
                    if (message.service != null && $Object.hasOwnProperty.call(message, "service"))
                        $root.parley.gateway.v1.ServiceClass.encode(message.service, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.template != null && $Object.hasOwnProperty.call(message, "template"))
                        $root.parley.gateway.v1.TemplateClass.encode(message.template, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an EnvelopeHeader message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.gateway.v1.EnvelopeHeader
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.gateway.v1.EnvelopeHeader & parley.gateway.v1.EnvelopeHeader.$Shape} EnvelopeHeader
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                EnvelopeHeader.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.gateway.v1.EnvelopeHeader();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.formatVersion = value;
                                else
                                    delete message.formatVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.messageId = value;
                                else
                                    delete message.messageId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.sender = $root.parley.gateway.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.sender);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.recipient = $root.parley.gateway.v1.Address.decode(reader, reader.size(), $undefined, _depth + 1, message.recipient);
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.timestampMs = value;
                                else
                                    delete message.timestampMs;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.channel = value;
                                else
                                    delete message.channel;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.service = $root.parley.gateway.v1.ServiceClass.decode(reader, reader.size(), $undefined, _depth + 1, message.service);
                                message.messageClass = "service";
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.template = $root.parley.gateway.v1.TemplateClass.decode(reader, reader.size(), $undefined, _depth + 1, message.template);
                                message.messageClass = "template";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return EnvelopeHeader;
            })();

            v1.Address = (function() {

                /**
                 * Properties of an Address.
                 * @typedef {Object} parley.gateway.v1.Address.$Properties
                 * @property {string|null} [name] Address name
                 * @property {number|null} [deviceId] Address deviceId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Address.
                 * @memberof parley.gateway.v1
                 * @interface IAddress
                 * @augments parley.gateway.v1.Address.$Properties
                 * @deprecated Use parley.gateway.v1.Address.$Properties instead.
                 */

                /**
                 * Shape of an Address.
                 * @typedef {parley.gateway.v1.Address.$Properties} parley.gateway.v1.Address.$Shape
                 */

                /**
                 * Constructs a new Address.
                 * @memberof parley.gateway.v1
                 * @classdesc Represents an Address.
                 * @constructor
                 * @param {parley.gateway.v1.Address.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Address = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Address name.
                 * @member {string} name
                 * @memberof parley.gateway.v1.Address
                 * @instance
                 */
                Address.prototype.name = "";

                /**
                 * Address deviceId.
                 * @member {number} deviceId
                 * @memberof parley.gateway.v1.Address
                 * @instance
                 */
                Address.prototype.deviceId = 0;

                /**
                 * Encodes the specified Address message. Does not implicitly {@link parley.gateway.v1.Address.verify|verify} messages.
                 * @function encode
                 * @memberof parley.gateway.v1.Address
                 * @static
                 * @param {parley.gateway.v1.Address.$Properties} message Address message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Address.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.deviceId != null && $Object.hasOwnProperty.call(message, "deviceId") && message.deviceId !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.deviceId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Address message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.gateway.v1.Address
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.gateway.v1.Address & parley.gateway.v1.Address.$Shape} Address
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Address.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.gateway.v1.Address();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.name = value;
                                else
                                    delete message.name;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.deviceId = value;
                                else
                                    delete message.deviceId;
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Address;
            })();

            /**
             * Channel enum.
             * @name parley.gateway.v1.Channel
             * @enum {number}
             * @property {number} CHANNEL_UNSPECIFIED=0 CHANNEL_UNSPECIFIED value
             * @property {number} PAIRWISE=1 PAIRWISE value
             * @property {number} GROUP=2 GROUP value
             */
            v1.Channel = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CHANNEL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "PAIRWISE"] = 1;
                values[valuesById[2] = "GROUP"] = 2;
                return values;
            })();

            v1.ServiceClass = (function() {

                /**
                 * Properties of a ServiceClass.
                 * @typedef {Object} parley.gateway.v1.ServiceClass.$Properties
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ServiceClass.
                 * @memberof parley.gateway.v1
                 * @interface IServiceClass
                 * @augments parley.gateway.v1.ServiceClass.$Properties
                 * @deprecated Use parley.gateway.v1.ServiceClass.$Properties instead.
                 */

                /**
                 * Shape of a ServiceClass.
                 * @typedef {parley.gateway.v1.ServiceClass.$Properties} parley.gateway.v1.ServiceClass.$Shape
                 */

                /**
                 * Constructs a new ServiceClass.
                 * @memberof parley.gateway.v1
                 * @classdesc Represents a ServiceClass.
                 * @constructor
                 * @param {parley.gateway.v1.ServiceClass.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ServiceClass = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Encodes the specified ServiceClass message. Does not implicitly {@link parley.gateway.v1.ServiceClass.verify|verify} messages.
                 * @function encode
                 * @memberof parley.gateway.v1.ServiceClass
                 * @static
                 * @param {parley.gateway.v1.ServiceClass.$Properties} message ServiceClass message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ServiceClass.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ServiceClass message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.gateway.v1.ServiceClass
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.gateway.v1.ServiceClass & parley.gateway.v1.ServiceClass.$Shape} ServiceClass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ServiceClass.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.gateway.v1.ServiceClass();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        reader.skipType(tag & 7, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return ServiceClass;
            })();

            v1.TemplateClass = (function() {

                /**
                 * Properties of a TemplateClass.
                 * @typedef {Object} parley.gateway.v1.TemplateClass.$Properties
                 * @property {parley.gateway.v1.Category|null} [category] TemplateClass category
                 * @property {string|null} [templateName] TemplateClass templateName
                 * @property {string|null} [lg] TemplateClass lg
                 * @property {string|null} [lc] TemplateClass lc
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TemplateClass.
                 * @memberof parley.gateway.v1
                 * @interface ITemplateClass
                 * @augments parley.gateway.v1.TemplateClass.$Properties
                 * @deprecated Use parley.gateway.v1.TemplateClass.$Properties instead.
                 */

                /**
                 * Shape of a TemplateClass.
                 * @typedef {parley.gateway.v1.TemplateClass.$Properties} parley.gateway.v1.TemplateClass.$Shape
                 */

                /**
                 * Constructs a new TemplateClass.
                 * @memberof parley.gateway.v1
                 * @classdesc Represents a TemplateClass.
                 * @constructor
                 * @param {parley.gateway.v1.TemplateClass.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TemplateClass = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TemplateClass category.
                 * @member {parley.gateway.v1.Category} category
                 * @memberof parley.gateway.v1.TemplateClass
                 * @instance
                 */
                TemplateClass.prototype.category = 0;

                /**
                 * TemplateClass templateName.
                 * @member {string} templateName
                 * @memberof parley.gateway.v1.TemplateClass
                 * @instance
                 */
                TemplateClass.prototype.templateName = "";

                /**
                 * TemplateClass lg.
                 * @member {string} lg
                 * @memberof parley.gateway.v1.TemplateClass
                 * @instance
                 */
                TemplateClass.prototype.lg = "";

                /**
                 * TemplateClass lc.
                 * @member {string|null|undefined} lc
                 * @memberof parley.gateway.v1.TemplateClass
                 * @instance
                 */
                TemplateClass.prototype.lc = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(TemplateClass.prototype, "_lc", {
                    get: $util.oneOfGetter($oneOfFields = ["lc"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified TemplateClass message. Does not implicitly {@link parley.gateway.v1.TemplateClass.verify|verify} messages.
                 * @function encode
                 * @memberof parley.gateway.v1.TemplateClass
                 * @static
                 * @param {parley.gateway.v1.TemplateClass.$Properties} message TemplateClass message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TemplateClass.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.category);
                    if (message.templateName != null && $Object.hasOwnProperty.call(message, "templateName") && message.templateName !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.templateName);
                    if (message.lg != null && $Object.hasOwnProperty.call(message, "lg") && message.lg !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.lg);
                    if (message.lc != null && $Object.hasOwnProperty.call(message, "lc"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.lc);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TemplateClass message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.gateway.v1.TemplateClass
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.gateway.v1.TemplateClass & parley.gateway.v1.TemplateClass.$Shape} TemplateClass
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TemplateClass.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.gateway.v1.TemplateClass();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.int32())
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.templateName = value;
                                else
                                    delete message.templateName;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.lg = value;
                                else
                                    delete message.lg;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.lc = reader.stringVerify();
                                message._lc = "lc";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return TemplateClass;
            })();

            /**
             * Category enum.
             * @name parley.gateway.v1.Category
             * @enum {number}
             * @property {number} CATEGORY_UNSPECIFIED=0 CATEGORY_UNSPECIFIED value
             * @property {number} MARKETING=1 MARKETING value
             * @property {number} UTILITY=2 UTILITY value
             * @property {number} AUTHENTICATION=3 AUTHENTICATION value
             */
            v1.Category = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "CATEGORY_UNSPECIFIED"] = 0;
                values[valuesById[1] = "MARKETING"] = 1;
                values[valuesById[2] = "UTILITY"] = 2;
                values[valuesById[3] = "AUTHENTICATION"] = 3;
                return values;
            })();

            v1.Envelope = (function() {

                /**
                 * Properties of an Envelope.
                 * @typedef {Object} parley.gateway.v1.Envelope.$Properties
                 * @property {Uint8Array|null} [header] Envelope header
                 * @property {Uint8Array|null} [prekeyMessage] Envelope prekeyMessage
                 * @property {Uint8Array|null} [signalMessage] Envelope signalMessage
                 * @property {Uint8Array|null} [senderKeyMessage] Envelope senderKeyMessage
                 * @property {"prekeyMessage"|"signalMessage"|"senderKeyMessage"} [ciphertext] Envelope ciphertext
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Envelope.
                 * @memberof parley.gateway.v1
                 * @interface IEnvelope
                 * @augments parley.gateway.v1.Envelope.$Properties
                 * @deprecated Use parley.gateway.v1.Envelope.$Properties instead.
                 */

                /**
                 * Narrowed shape of an Envelope.
                 * @typedef {{
                 *   header?: Uint8Array|null;
                 *   prekeyMessage?: Uint8Array|null;
                 *   signalMessage?: Uint8Array|null;
                 *   senderKeyMessage?: Uint8Array|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ ciphertext?: undefined; prekeyMessage?: null; signalMessage?: null; senderKeyMessage?: null }|{ ciphertext?: "prekeyMessage"; prekeyMessage: Uint8Array; signalMessage?: null; senderKeyMessage?: null }|{ ciphertext?: "signalMessage"; prekeyMessage?: null; signalMessage: Uint8Array; senderKeyMessage?: null }|{ ciphertext?: "senderKeyMessage"; prekeyMessage?: null; signalMessage?: null; senderKeyMessage: Uint8Array })
                 * )} parley.gateway.v1.Envelope.$Shape
                 */

                /**
                 * Constructs a new Envelope.
                 * @memberof parley.gateway.v1
                 * @classdesc Represents an Envelope.
                 * @constructor
                 * @param {parley.gateway.v1.Envelope.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Envelope = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Envelope header.
                 * @member {Uint8Array} header
                 * @memberof parley.gateway.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.header = $util.newBuffer([]);

                /**
                 * Envelope prekeyMessage.
                 * @member {Uint8Array|null|undefined} prekeyMessage
                 * @memberof parley.gateway.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.prekeyMessage = null;

                /**
                 * Envelope signalMessage.
                 * @member {Uint8Array|null|undefined} signalMessage
                 * @memberof parley.gateway.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.signalMessage = null;

                /**
                 * Envelope senderKeyMessage.
                 * @member {Uint8Array|null|undefined} senderKeyMessage
                 * @memberof parley.gateway.v1.Envelope
                 * @instance
                 */
                Envelope.prototype.senderKeyMessage = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Envelope ciphertext.
                 * @member {"prekeyMessage"|"signalMessage"|"senderKeyMessage"|undefined} ciphertext
                 * @memberof parley.gateway.v1.Envelope
                 * @instance
                 */
                $Object.defineProperty(Envelope.prototype, "ciphertext", {
                    get: $util.oneOfGetter($oneOfFields = ["prekeyMessage", "signalMessage", "senderKeyMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified Envelope message. Does not implicitly {@link parley.gateway.v1.Envelope.verify|verify} messages.
                 * @function encode
                 * @memberof parley.gateway.v1.Envelope
                 * @static
                 * @param {parley.gateway.v1.Envelope.$Properties} message Envelope message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Envelope.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header") && message.header.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.header);
                    if (message.prekeyMessage != null && $Object.hasOwnProperty.call(message, "prekeyMessage"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.prekeyMessage);
                    if (message.signalMessage != null && $Object.hasOwnProperty.call(message, "signalMessage"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.signalMessage);
                    if (message.senderKeyMessage != null && $Object.hasOwnProperty.call(message, "senderKeyMessage"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.senderKeyMessage);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Envelope message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.gateway.v1.Envelope
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.gateway.v1.Envelope & parley.gateway.v1.Envelope.$Shape} Envelope
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Envelope.decode = function (reader, length, _end, _depth, _target) {
                    if (!(reader instanceof $Reader))
                        reader = $Reader.create(reader);
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $Reader.recursionLimit)
                        throw $Error("max depth exceeded");
                    let end, message, value;
                    if (length === $undefined)
                        end = reader.len;
                    else {
                        end = reader.pos + length;
                        if (end > reader.len)
                            throw $RangeError("index out of range");
                        length = reader.len;
                        reader.len = end;
                    }
                    message = _target || new $root.parley.gateway.v1.Envelope();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 1: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.header = value;
                                else
                                    delete message.header;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.prekeyMessage = reader.bytes();
                                message.ciphertext = "prekeyMessage";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.signalMessage = reader.bytes();
                                message.ciphertext = "signalMessage";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.senderKeyMessage = reader.bytes();
                                message.ciphertext = "senderKeyMessage";
                                continue;
                            }
                        }
                        reader.skipType(wireType, _depth, tag);
                        if (!reader.discardUnknown) {
                            $util.makeProp(message, "$unknowns", false);
                            (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                        }
                    }
                    if (length !== $undefined) {
                        if (reader.pos !== end)
                            throw $RangeError("index out of range");
                        reader.len = length;
                    }
                    if (_end !== $undefined)
                        throw $Error("missing end group");
                    return message;
                };

                return Envelope;
            })();

            return v1;
        })();

        return gateway;
    })();

    return parley;
})();

export {
  $root as default
};
