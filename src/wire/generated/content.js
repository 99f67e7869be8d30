/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["parley_content_v1"] || ($protobuf.roots["parley_content_v1"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.content = (function() {

        /**
         * Namespace content.
         * @memberof parley
         * @namespace
         */
        const content = {};

        content.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.content
             * @namespace
             */
            const v1 = {};

            v1.Content = (function() {

                /**
                 * Properties of a Content.
                 * @typedef {Object} parley.content.v1.Content.$Properties
                 * @property {string|null} [conversation] Content conversation
                 * @property {parley.content.v1.ImageMessage.$Properties|null} [imageMessage] Content imageMessage
                 * @property {parley.content.v1.ExtendedTextMessage.$Properties|null} [extendedTextMessage] Content extendedTextMessage
                 * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [highlyStructuredMessage] Content highlyStructuredMessage
                 * @property {parley.content.v1.TemplateMessage.$Properties|null} [templateMessage] Content templateMessage
                 * @property {parley.content.v1.Translations.$Properties|null} [translations] Content translations
                 * @property {parley.content.v1.Receipt.$Properties|null} [receipt] Content receipt
                 * @property {string|null} [messageId] Content messageId
                 * @property {number|null} [timestampMs] Content timestampMs
                 * @property {Uint8Array|null} [envelopeDigest] Content envelopeDigest
                 * @property {"conversation"|"imageMessage"|"extendedTextMessage"|"highlyStructuredMessage"|"templateMessage"|"translations"|"receipt"} [kind] Content kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Content.
                 * @memberof parley.content.v1
                 * @interface IContent
                 * @augments parley.content.v1.Content.$Properties
                 * @deprecated Use parley.content.v1.Content.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Content.
                 * @typedef {{
                 *   conversation?: string|null;
                 *   imageMessage?: parley.content.v1.ImageMessage.$Shape|null;
                 *   extendedTextMessage?: parley.content.v1.ExtendedTextMessage.$Shape|null;
                 *   highlyStructuredMessage?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                 *   templateMessage?: parley.content.v1.TemplateMessage.$Shape|null;
                 *   translations?: parley.content.v1.Translations.$Shape|null;
                 *   receipt?: parley.content.v1.Receipt.$Shape|null;
                 *   messageId?: string|null;
                 *   timestampMs?: number|null;
                 *   envelopeDigest?: Uint8Array|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "conversation"; conversation: string; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "imageMessage"; conversation?: null; imageMessage: parley.content.v1.ImageMessage.$Shape; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "extendedTextMessage"; conversation?: null; imageMessage?: null; extendedTextMessage: parley.content.v1.ExtendedTextMessage.$Shape; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "highlyStructuredMessage"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage: parley.content.v1.HighlyStructuredMessage.$Shape; templateMessage?: null; translations?: null; receipt?: null }|{ kind?: "templateMessage"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage: parley.content.v1.TemplateMessage.$Shape; translations?: null; receipt?: null }|{ kind?: "translations"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations: parley.content.v1.Translations.$Shape; receipt?: null }|{ kind?: "receipt"; conversation?: null; imageMessage?: null; extendedTextMessage?: null; highlyStructuredMessage?: null; templateMessage?: null; translations?: null; receipt: parley.content.v1.Receipt.$Shape })
                 * )} parley.content.v1.Content.$Shape
                 */

                /**
                 * Constructs a new Content.
                 * @memberof parley.content.v1
                 * @classdesc Represents a Content.
                 * @constructor
                 * @param {parley.content.v1.Content.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Content = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Content conversation.
                 * @member {string|null|undefined} conversation
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.conversation = null;

                /**
                 * Content imageMessage.
                 * @member {parley.content.v1.ImageMessage.$Properties|null|undefined} imageMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.imageMessage = null;

                /**
                 * Content extendedTextMessage.
                 * @member {parley.content.v1.ExtendedTextMessage.$Properties|null|undefined} extendedTextMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.extendedTextMessage = null;

                /**
                 * Content highlyStructuredMessage.
                 * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} highlyStructuredMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.highlyStructuredMessage = null;

                /**
                 * Content templateMessage.
                 * @member {parley.content.v1.TemplateMessage.$Properties|null|undefined} templateMessage
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.templateMessage = null;

                /**
                 * Content translations.
                 * @member {parley.content.v1.Translations.$Properties|null|undefined} translations
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.translations = null;

                /**
                 * Content receipt.
                 * @member {parley.content.v1.Receipt.$Properties|null|undefined} receipt
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.receipt = null;

                /**
                 * Content messageId.
                 * @member {string} messageId
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.messageId = "";

                /**
                 * Content timestampMs.
                 * @member {number} timestampMs
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Content envelopeDigest.
                 * @member {Uint8Array} envelopeDigest
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                Content.prototype.envelopeDigest = $util.newBuffer([]);

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Content kind.
                 * @member {"conversation"|"imageMessage"|"extendedTextMessage"|"highlyStructuredMessage"|"templateMessage"|"translations"|"receipt"|undefined} kind
                 * @memberof parley.content.v1.Content
                 * @instance
                 */
                $Object.defineProperty(Content.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["conversation", "imageMessage", "extendedTextMessage", "highlyStructuredMessage", "templateMessage", "translations", "receipt"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified Content message. Does not implicitly {@link parley.content.v1.Content.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {parley.content.v1.Content.$Properties} message Content message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Content.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.conversation != null && $Object.hasOwnProperty.call(message, "conversation"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.conversation);
                    if (message.imageMessage != null && $Object.hasOwnProperty.call(message, "imageMessage"))
                        $root.parley.content.v1.ImageMessage.encode(message.imageMessage, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.extendedTextMessage != null && $Object.hasOwnProperty.call(message, "extendedTextMessage"))
                        $root.parley.content.v1.ExtendedTextMessage.encode(message.extendedTextMessage, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.highlyStructuredMessage != null && $Object.hasOwnProperty.call(message, "highlyStructuredMessage"))
                        $root.parley.content.v1.HighlyStructuredMessage.encode(message.highlyStructuredMessage, writer.uint32(/* id 14, wireType 2 =*/114).fork(), _depth + 1).ldelim();
                    if (message.templateMessage != null && $Object.hasOwnProperty.call(message, "templateMessage"))
                        $root.parley.content.v1.TemplateMessage.encode(message.templateMessage, writer.uint32(/* id 25, wireType 2 =*/202).fork(), _depth + 1).ldelim();
                    if (message.translations != null && $Object.hasOwnProperty.call(message, "translations"))
                        $root.parley.content.v1.Translations.encode(message.translations, writer.uint32(/* id 1000, wireType 2 =*/8002).fork(), _depth + 1).ldelim();
                    if (message.receipt != null && $Object.hasOwnProperty.call(message, "receipt"))
                        $root.parley.content.v1.Receipt.encode(message.receipt, writer.uint32(/* id 1001, wireType 2 =*/8010).fork(), _depth + 1).ldelim();
                    if (message.messageId != null && $Object.hasOwnProperty.call(message, "messageId"))
                        writer.uint32(/* id 1010, wireType 2 =*/8082).string(message.messageId);
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                        writer.uint32(/* id 1011, wireType 0 =*/8088).int64(message.timestampMs);
                    if (message.envelopeDigest != null && $Object.hasOwnProperty.call(message, "envelopeDigest"))
                        writer.uint32(/* id 1012, wireType 2 =*/8098).bytes(message.envelopeDigest);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Content message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.Content
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.Content & parley.content.v1.Content.$Shape} Content
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Content.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.Content();
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
                                message.conversation = reader.string();
                                message.kind = "conversation";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.imageMessage = $root.parley.content.v1.ImageMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.imageMessage);
                                message.kind = "imageMessage";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.extendedTextMessage = $root.parley.content.v1.ExtendedTextMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.extendedTextMessage);
                                message.kind = "extendedTextMessage";
                                continue;
                            }
                        case 14: {
                                if (wireType !== 2)
                                    break;
                                message.highlyStructuredMessage = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.highlyStructuredMessage);
                                message.kind = "highlyStructuredMessage";
                                continue;
                            }
                        case 25: {
                                if (wireType !== 2)
                                    break;
                                message.templateMessage = $root.parley.content.v1.TemplateMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.templateMessage);
                                message.kind = "templateMessage";
                                continue;
                            }
                        case 1000: {
                                if (wireType !== 2)
                                    break;
                                message.translations = $root.parley.content.v1.Translations.decode(reader, reader.size(), $undefined, _depth + 1, message.translations);
                                message.kind = "translations";
                                continue;
                            }
                        case 1001: {
                                if (wireType !== 2)
                                    break;
                                message.receipt = $root.parley.content.v1.Receipt.decode(reader, reader.size(), $undefined, _depth + 1, message.receipt);
                                message.kind = "receipt";
                                continue;
                            }
                        case 1010: {
                                if (wireType !== 2)
                                    break;
                                message.messageId = reader.string();
                                continue;
                            }
                        case 1011: {
                                if (wireType !== 0)
                                    break;
                                message.timestampMs = reader.int64();
                                continue;
                            }
                        case 1012: {
                                if (wireType !== 2)
                                    break;
                                message.envelopeDigest = reader.bytes();
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

                return Content;
            })();

            v1.ImageMessage = (function() {

                /**
                 * Properties of an ImageMessage.
                 * @typedef {Object} parley.content.v1.ImageMessage.$Properties
                 * @property {string|null} [url] ImageMessage url
                 * @property {string|null} [mimetype] ImageMessage mimetype
                 * @property {string|null} [caption] ImageMessage caption
                 * @property {Uint8Array|null} [fileSha256] ImageMessage fileSha256
                 * @property {number|null} [fileLength] ImageMessage fileLength
                 * @property {number|null} [height] ImageMessage height
                 * @property {number|null} [width] ImageMessage width
                 * @property {Uint8Array|null} [mediaKey] ImageMessage mediaKey
                 * @property {Uint8Array|null} [fileEncSha256] ImageMessage fileEncSha256
                 * @property {string|null} [directPath] ImageMessage directPath
                 * @property {number|null} [mediaKeyTimestamp] ImageMessage mediaKeyTimestamp
                 * @property {Uint8Array|null} [jpegThumbnail] ImageMessage jpegThumbnail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ImageMessage.
                 * @memberof parley.content.v1
                 * @interface IImageMessage
                 * @augments parley.content.v1.ImageMessage.$Properties
                 * @deprecated Use parley.content.v1.ImageMessage.$Properties instead.
                 */

                /**
                 * Shape of an ImageMessage.
                 * @typedef {parley.content.v1.ImageMessage.$Properties} parley.content.v1.ImageMessage.$Shape
                 */

                /**
                 * Constructs a new ImageMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents an ImageMessage.
                 * @constructor
                 * @param {parley.content.v1.ImageMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ImageMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ImageMessage url.
                 * @member {string} url
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.url = "";

                /**
                 * ImageMessage mimetype.
                 * @member {string} mimetype
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.mimetype = "";

                /**
                 * ImageMessage caption.
                 * @member {string} caption
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.caption = "";

                /**
                 * ImageMessage fileSha256.
                 * @member {Uint8Array} fileSha256
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.fileSha256 = $util.newBuffer([]);

                /**
                 * ImageMessage fileLength.
                 * @member {number} fileLength
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.fileLength = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * ImageMessage height.
                 * @member {number} height
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.height = 0;

                /**
                 * ImageMessage width.
                 * @member {number} width
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.width = 0;

                /**
                 * ImageMessage mediaKey.
                 * @member {Uint8Array} mediaKey
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.mediaKey = $util.newBuffer([]);

                /**
                 * ImageMessage fileEncSha256.
                 * @member {Uint8Array} fileEncSha256
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.fileEncSha256 = $util.newBuffer([]);

                /**
                 * ImageMessage directPath.
                 * @member {string} directPath
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.directPath = "";

                /**
                 * ImageMessage mediaKeyTimestamp.
                 * @member {number} mediaKeyTimestamp
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.mediaKeyTimestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * ImageMessage jpegThumbnail.
                 * @member {Uint8Array} jpegThumbnail
                 * @memberof parley.content.v1.ImageMessage
                 * @instance
                 */
                ImageMessage.prototype.jpegThumbnail = $util.newBuffer([]);

                /**
                 * Encodes the specified ImageMessage message. Does not implicitly {@link parley.content.v1.ImageMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.ImageMessage
                 * @static
                 * @param {parley.content.v1.ImageMessage.$Properties} message ImageMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ImageMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.url);
                    if (message.mimetype != null && $Object.hasOwnProperty.call(message, "mimetype"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.mimetype);
                    if (message.caption != null && $Object.hasOwnProperty.call(message, "caption"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.caption);
                    if (message.fileSha256 != null && $Object.hasOwnProperty.call(message, "fileSha256"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.fileSha256);
                    if (message.fileLength != null && $Object.hasOwnProperty.call(message, "fileLength"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.fileLength);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.height);
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.width);
                    if (message.mediaKey != null && $Object.hasOwnProperty.call(message, "mediaKey"))
                        writer.uint32(/* id 8, wireType 2 =*/66).bytes(message.mediaKey);
                    if (message.fileEncSha256 != null && $Object.hasOwnProperty.call(message, "fileEncSha256"))
                        writer.uint32(/* id 9, wireType 2 =*/74).bytes(message.fileEncSha256);
                    if (message.directPath != null && $Object.hasOwnProperty.call(message, "directPath"))
                        writer.uint32(/* id 11, wireType 2 =*/90).string(message.directPath);
                    if (message.mediaKeyTimestamp != null && $Object.hasOwnProperty.call(message, "mediaKeyTimestamp"))
                        writer.uint32(/* id 12, wireType 0 =*/96).int64(message.mediaKeyTimestamp);
                    if (message.jpegThumbnail != null && $Object.hasOwnProperty.call(message, "jpegThumbnail"))
                        writer.uint32(/* id 16, wireType 2 =*/130).bytes(message.jpegThumbnail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ImageMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.ImageMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.ImageMessage & parley.content.v1.ImageMessage.$Shape} ImageMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ImageMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.ImageMessage();
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
                                message.url = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.mimetype = reader.string();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.caption = reader.string();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.fileSha256 = reader.bytes();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                message.fileLength = reader.uint64();
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                message.height = reader.uint32();
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                message.width = reader.uint32();
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.mediaKey = reader.bytes();
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.fileEncSha256 = reader.bytes();
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                message.directPath = reader.string();
                                continue;
                            }
                        case 12: {
                                if (wireType !== 0)
                                    break;
                                message.mediaKeyTimestamp = reader.int64();
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.jpegThumbnail = reader.bytes();
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

                return ImageMessage;
            })();

            v1.ExtendedTextMessage = (function() {

                /**
                 * Properties of an ExtendedTextMessage.
                 * @typedef {Object} parley.content.v1.ExtendedTextMessage.$Properties
                 * @property {string|null} [text] ExtendedTextMessage text
                 * @property {string|null} [matchedText] ExtendedTextMessage matchedText
                 * @property {string|null} [description] ExtendedTextMessage description
                 * @property {string|null} [title] ExtendedTextMessage title
                 * @property {parley.content.v1.ExtendedTextMessage.PreviewType|null} [previewType] ExtendedTextMessage previewType
                 * @property {Uint8Array|null} [jpegThumbnail] ExtendedTextMessage jpegThumbnail
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an ExtendedTextMessage.
                 * @memberof parley.content.v1
                 * @interface IExtendedTextMessage
                 * @augments parley.content.v1.ExtendedTextMessage.$Properties
                 * @deprecated Use parley.content.v1.ExtendedTextMessage.$Properties instead.
                 */

                /**
                 * Shape of an ExtendedTextMessage.
                 * @typedef {parley.content.v1.ExtendedTextMessage.$Properties} parley.content.v1.ExtendedTextMessage.$Shape
                 */

                /**
                 * Constructs a new ExtendedTextMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents an ExtendedTextMessage.
                 * @constructor
                 * @param {parley.content.v1.ExtendedTextMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ExtendedTextMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ExtendedTextMessage text.
                 * @member {string} text
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @instance
                 */
                ExtendedTextMessage.prototype.text = "";

                /**
                 * ExtendedTextMessage matchedText.
                 * @member {string} matchedText
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @instance
                 */
                ExtendedTextMessage.prototype.matchedText = "";

                /**
                 * ExtendedTextMessage description.
                 * @member {string} description
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @instance
                 */
                ExtendedTextMessage.prototype.description = "";

                /**
                 * ExtendedTextMessage title.
                 * @member {string} title
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @instance
                 */
                ExtendedTextMessage.prototype.title = "";

                /**
                 * ExtendedTextMessage previewType.
                 * @member {parley.content.v1.ExtendedTextMessage.PreviewType} previewType
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @instance
                 */
                ExtendedTextMessage.prototype.previewType = 0;

                /**
                 * ExtendedTextMessage jpegThumbnail.
                 * @member {Uint8Array} jpegThumbnail
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @instance
                 */
                ExtendedTextMessage.prototype.jpegThumbnail = $util.newBuffer([]);

                /**
                 * Encodes the specified ExtendedTextMessage message. Does not implicitly {@link parley.content.v1.ExtendedTextMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @static
                 * @param {parley.content.v1.ExtendedTextMessage.$Properties} message ExtendedTextMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ExtendedTextMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.matchedText != null && $Object.hasOwnProperty.call(message, "matchedText"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.matchedText);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.description);
                    if (message.title != null && $Object.hasOwnProperty.call(message, "title"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.title);
                    if (message.previewType != null && $Object.hasOwnProperty.call(message, "previewType"))
                        writer.uint32(/* id 10, wireType 0 =*/80).int32(message.previewType);
                    if (message.jpegThumbnail != null && $Object.hasOwnProperty.call(message, "jpegThumbnail"))
                        writer.uint32(/* id 16, wireType 2 =*/130).bytes(message.jpegThumbnail);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an ExtendedTextMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.ExtendedTextMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.ExtendedTextMessage & parley.content.v1.ExtendedTextMessage.$Shape} ExtendedTextMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ExtendedTextMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.ExtendedTextMessage();
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
                                message.text = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.matchedText = reader.string();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.description = reader.string();
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.title = reader.string();
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.parley.content.v1.ExtendedTextMessage.PreviewType[value] !== $undefined)
                                    message.previewType = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 16: {
                                if (wireType !== 2)
                                    break;
                                message.jpegThumbnail = reader.bytes();
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

                /**
                 * PreviewType enum.
                 * @name parley.content.v1.ExtendedTextMessage.PreviewType
                 * @enum {number}
                 * @property {number} NONE=0 NONE value
                 * @property {number} VIDEO=1 VIDEO value
                 * @property {number} PLACEHOLDER=4 PLACEHOLDER value
                 * @property {number} IMAGE=5 IMAGE value
                 * @property {number} PAYMENT_LINKS=6 PAYMENT_LINKS value
                 * @property {number} PROFILE=7 PROFILE value
                 */
                ExtendedTextMessage.PreviewType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[0] = "NONE"] = 0;
                    values[valuesById[1] = "VIDEO"] = 1;
                    values[valuesById[4] = "PLACEHOLDER"] = 4;
                    values[valuesById[5] = "IMAGE"] = 5;
                    values[valuesById[6] = "PAYMENT_LINKS"] = 6;
                    values[valuesById[7] = "PROFILE"] = 7;
                    return values;
                })();

                return ExtendedTextMessage;
            })();

            v1.HighlyStructuredMessage = (function() {

                /**
                 * Properties of a HighlyStructuredMessage.
                 * @typedef {Object} parley.content.v1.HighlyStructuredMessage.$Properties
                 * @property {string|null} [namespace] HighlyStructuredMessage namespace
                 * @property {string|null} [elementName] HighlyStructuredMessage elementName
                 * @property {Array.<string>|null} [params] HighlyStructuredMessage params
                 * @property {string|null} [fallbackLg] HighlyStructuredMessage fallbackLg
                 * @property {string|null} [fallbackLc] HighlyStructuredMessage fallbackLc
                 * @property {Array.<parley.content.v1.HSMLocalizableParameter.$Properties>|null} [localizableParams] HighlyStructuredMessage localizableParams
                 * @property {string|null} [deterministicLg] HighlyStructuredMessage deterministicLg
                 * @property {string|null} [deterministicLc] HighlyStructuredMessage deterministicLc
                 * @property {parley.content.v1.TemplateMessage.$Properties|null} [hydratedHsm] HighlyStructuredMessage hydratedHsm
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HighlyStructuredMessage.
                 * @memberof parley.content.v1
                 * @interface IHighlyStructuredMessage
                 * @augments parley.content.v1.HighlyStructuredMessage.$Properties
                 * @deprecated Use parley.content.v1.HighlyStructuredMessage.$Properties instead.
                 */

                /**
                 * Shape of a HighlyStructuredMessage.
                 * @typedef {{
                 *   namespace?: string|null;
                 *   elementName?: string|null;
                 *   params?: Array.<string>|null;
                 *   fallbackLg?: string|null;
                 *   fallbackLc?: string|null;
                 *   localizableParams?: Array.<parley.content.v1.HSMLocalizableParameter.$Shape>|null;
                 *   deterministicLg?: string|null;
                 *   deterministicLc?: string|null;
                 *   hydratedHsm?: parley.content.v1.TemplateMessage.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} parley.content.v1.HighlyStructuredMessage.$Shape
                 */

                /**
                 * Constructs a new HighlyStructuredMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HighlyStructuredMessage.
                 * @constructor
                 * @param {parley.content.v1.HighlyStructuredMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HighlyStructuredMessage = function (properties) {
                    this.params = [];
                    this.localizableParams = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HighlyStructuredMessage namespace.
                 * @member {string} namespace
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.namespace = "";

                /**
                 * HighlyStructuredMessage elementName.
                 * @member {string} elementName
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.elementName = "";

                /**
                 * HighlyStructuredMessage params.
                 * @member {Array.<string>} params
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.params = $util.emptyArray;

                /**
                 * HighlyStructuredMessage fallbackLg.
                 * @member {string} fallbackLg
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.fallbackLg = "";

                /**
                 * HighlyStructuredMessage fallbackLc.
                 * @member {string} fallbackLc
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.fallbackLc = "";

                /**
                 * HighlyStructuredMessage localizableParams.
                 * @member {Array.<parley.content.v1.HSMLocalizableParameter.$Properties>} localizableParams
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.localizableParams = $util.emptyArray;

                /**
                 * HighlyStructuredMessage deterministicLg.
                 * @member {string} deterministicLg
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.deterministicLg = "";

                /**
                 * HighlyStructuredMessage deterministicLc.
                 * @member {string} deterministicLc
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.deterministicLc = "";

                /**
                 * HighlyStructuredMessage hydratedHsm.
                 * @member {parley.content.v1.TemplateMessage.$Properties|null|undefined} hydratedHsm
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @instance
                 */
                HighlyStructuredMessage.prototype.hydratedHsm = null;

                /**
                 * Encodes the specified HighlyStructuredMessage message. Does not implicitly {@link parley.content.v1.HighlyStructuredMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @static
                 * @param {parley.content.v1.HighlyStructuredMessage.$Properties} message HighlyStructuredMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HighlyStructuredMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.namespace);
                    if (message.elementName != null && $Object.hasOwnProperty.call(message, "elementName"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.elementName);
                    if (message.params != null && message.params.length)
                        for (let i = 0; i < message.params.length; ++i)
                            writer.uint32(/* id 3, wireType 2 =*/26).string(message.params[i]);
                    if (message.fallbackLg != null && $Object.hasOwnProperty.call(message, "fallbackLg"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.fallbackLg);
                    if (message.fallbackLc != null && $Object.hasOwnProperty.call(message, "fallbackLc"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.fallbackLc);
                    if (message.localizableParams != null && message.localizableParams.length)
                        for (let i = 0; i < message.localizableParams.length; ++i)
                            $root.parley.content.v1.HSMLocalizableParameter.encode(message.localizableParams[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.deterministicLg != null && $Object.hasOwnProperty.call(message, "deterministicLg"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.deterministicLg);
                    if (message.deterministicLc != null && $Object.hasOwnProperty.call(message, "deterministicLc"))
                        writer.uint32(/* id 8, wireType 2 =*/66).string(message.deterministicLc);
                    if (message.hydratedHsm != null && $Object.hasOwnProperty.call(message, "hydratedHsm"))
                        $root.parley.content.v1.TemplateMessage.encode(message.hydratedHsm, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HighlyStructuredMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HighlyStructuredMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HighlyStructuredMessage & parley.content.v1.HighlyStructuredMessage.$Shape} HighlyStructuredMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HighlyStructuredMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HighlyStructuredMessage();
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
                                message.namespace = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.elementName = reader.string();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.params && message.params.length))
                                    message.params = [];
                                message.params.push(reader.string());
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.fallbackLg = reader.string();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.fallbackLc = reader.string();
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.localizableParams && message.localizableParams.length))
                                    message.localizableParams = [];
                                message.localizableParams.push($root.parley.content.v1.HSMLocalizableParameter.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.deterministicLg = reader.string();
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.deterministicLc = reader.string();
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.hydratedHsm = $root.parley.content.v1.TemplateMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.hydratedHsm);
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

                return HighlyStructuredMessage;
            })();

            v1.HSMLocalizableParameter = (function() {

                /**
                 * Properties of a HSMLocalizableParameter.
                 * @typedef {Object} parley.content.v1.HSMLocalizableParameter.$Properties
                 * @property {string|null} ["default"] HSMLocalizableParameter default
                 * @property {parley.content.v1.HSMCurrency.$Properties|null} [currency] HSMLocalizableParameter currency
                 * @property {parley.content.v1.HSMDateTime.$Properties|null} [dateTime] HSMLocalizableParameter dateTime
                 * @property {"currency"|"dateTime"} [paramOneof] HSMLocalizableParameter paramOneof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HSMLocalizableParameter.
                 * @memberof parley.content.v1
                 * @interface IHSMLocalizableParameter
                 * @augments parley.content.v1.HSMLocalizableParameter.$Properties
                 * @deprecated Use parley.content.v1.HSMLocalizableParameter.$Properties instead.
                 */

                /**
                 * Narrowed shape of a HSMLocalizableParameter.
                 * @typedef {{
                 *   "default"?: string|null;
                 *   currency?: parley.content.v1.HSMCurrency.$Shape|null;
                 *   dateTime?: parley.content.v1.HSMDateTime.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ paramOneof?: undefined; currency?: null; dateTime?: null }|{ paramOneof?: "currency"; currency: parley.content.v1.HSMCurrency.$Shape; dateTime?: null }|{ paramOneof?: "dateTime"; currency?: null; dateTime: parley.content.v1.HSMDateTime.$Shape })
                 * )} parley.content.v1.HSMLocalizableParameter.$Shape
                 */

                /**
                 * Constructs a new HSMLocalizableParameter.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HSMLocalizableParameter.
                 * @constructor
                 * @param {parley.content.v1.HSMLocalizableParameter.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HSMLocalizableParameter = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HSMLocalizableParameter default.
                 * @member {string} default
                 * @memberof parley.content.v1.HSMLocalizableParameter
                 * @instance
                 */
                HSMLocalizableParameter.prototype["default"] = "";

                /**
                 * HSMLocalizableParameter currency.
                 * @member {parley.content.v1.HSMCurrency.$Properties|null|undefined} currency
                 * @memberof parley.content.v1.HSMLocalizableParameter
                 * @instance
                 */
                HSMLocalizableParameter.prototype.currency = null;

                /**
                 * HSMLocalizableParameter dateTime.
                 * @member {parley.content.v1.HSMDateTime.$Properties|null|undefined} dateTime
                 * @memberof parley.content.v1.HSMLocalizableParameter
                 * @instance
                 */
                HSMLocalizableParameter.prototype.dateTime = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * HSMLocalizableParameter paramOneof.
                 * @member {"currency"|"dateTime"|undefined} paramOneof
                 * @memberof parley.content.v1.HSMLocalizableParameter
                 * @instance
                 */
                $Object.defineProperty(HSMLocalizableParameter.prototype, "paramOneof", {
                    get: $util.oneOfGetter($oneOfFields = ["currency", "dateTime"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified HSMLocalizableParameter message. Does not implicitly {@link parley.content.v1.HSMLocalizableParameter.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HSMLocalizableParameter
                 * @static
                 * @param {parley.content.v1.HSMLocalizableParameter.$Properties} message HSMLocalizableParameter message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HSMLocalizableParameter.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message["default"] != null && $Object.hasOwnProperty.call(message, "default"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message["default"]);
                    if (message.currency != null && $Object.hasOwnProperty.call(message, "currency"))
                        $root.parley.content.v1.HSMCurrency.encode(message.currency, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.dateTime != null && $Object.hasOwnProperty.call(message, "dateTime"))
                        $root.parley.content.v1.HSMDateTime.encode(message.dateTime, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HSMLocalizableParameter message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HSMLocalizableParameter
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HSMLocalizableParameter & parley.content.v1.HSMLocalizableParameter.$Shape} HSMLocalizableParameter
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HSMLocalizableParameter.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HSMLocalizableParameter();
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
                                message["default"] = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.currency = $root.parley.content.v1.HSMCurrency.decode(reader, reader.size(), $undefined, _depth + 1, message.currency);
                                message.paramOneof = "currency";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.dateTime = $root.parley.content.v1.HSMDateTime.decode(reader, reader.size(), $undefined, _depth + 1, message.dateTime);
                                message.paramOneof = "dateTime";
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

                return HSMLocalizableParameter;
            })();

            v1.HSMCurrency = (function() {

                /**
                 * Properties of a HSMCurrency.
                 * @typedef {Object} parley.content.v1.HSMCurrency.$Properties
                 * @property {string|null} [currencyCode] HSMCurrency currencyCode
                 * @property {number|null} [amount1000] HSMCurrency amount1000
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HSMCurrency.
                 * @memberof parley.content.v1
                 * @interface IHSMCurrency
                 * @augments parley.content.v1.HSMCurrency.$Properties
                 * @deprecated Use parley.content.v1.HSMCurrency.$Properties instead.
                 */

                /**
                 * Shape of a HSMCurrency.
                 * @typedef {parley.content.v1.HSMCurrency.$Properties} parley.content.v1.HSMCurrency.$Shape
                 */

                /**
                 * Constructs a new HSMCurrency.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HSMCurrency.
                 * @constructor
                 * @param {parley.content.v1.HSMCurrency.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HSMCurrency = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HSMCurrency currencyCode.
                 * @member {string} currencyCode
                 * @memberof parley.content.v1.HSMCurrency
                 * @instance
                 */
                HSMCurrency.prototype.currencyCode = "";

                /**
                 * HSMCurrency amount1000.
                 * @member {number} amount1000
                 * @memberof parley.content.v1.HSMCurrency
                 * @instance
                 */
                HSMCurrency.prototype.amount1000 = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified HSMCurrency message. Does not implicitly {@link parley.content.v1.HSMCurrency.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HSMCurrency
                 * @static
                 * @param {parley.content.v1.HSMCurrency.$Properties} message HSMCurrency message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HSMCurrency.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.currencyCode != null && $Object.hasOwnProperty.call(message, "currencyCode"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.currencyCode);
                    if (message.amount1000 != null && $Object.hasOwnProperty.call(message, "amount1000"))
                        writer.uint32(/* id 2, wireType 0 =*/16).int64(message.amount1000);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HSMCurrency message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HSMCurrency
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HSMCurrency & parley.content.v1.HSMCurrency.$Shape} HSMCurrency
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HSMCurrency.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HSMCurrency();
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
                                message.currencyCode = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.amount1000 = reader.int64();
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

                return HSMCurrency;
            })();

            v1.HSMDateTime = (function() {

                /**
                 * Properties of a HSMDateTime.
                 * @typedef {Object} parley.content.v1.HSMDateTime.$Properties
                 * @property {parley.content.v1.HSMDateTimeComponent.$Properties|null} [component] HSMDateTime component
                 * @property {parley.content.v1.HSMDateTimeUnixEpoch.$Properties|null} [unixEpoch] HSMDateTime unixEpoch
                 * @property {"component"|"unixEpoch"} [datetimeOneof] HSMDateTime datetimeOneof
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HSMDateTime.
                 * @memberof parley.content.v1
                 * @interface IHSMDateTime
                 * @augments parley.content.v1.HSMDateTime.$Properties
                 * @deprecated Use parley.content.v1.HSMDateTime.$Properties instead.
                 */

                /**
                 * Narrowed shape of a HSMDateTime.
                 * @typedef {{
                 *   component?: parley.content.v1.HSMDateTimeComponent.$Shape|null;
                 *   unixEpoch?: parley.content.v1.HSMDateTimeUnixEpoch.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ datetimeOneof?: undefined; component?: null; unixEpoch?: null }|{ datetimeOneof?: "component"; component: parley.content.v1.HSMDateTimeComponent.$Shape; unixEpoch?: null }|{ datetimeOneof?: "unixEpoch"; component?: null; unixEpoch: parley.content.v1.HSMDateTimeUnixEpoch.$Shape })
                 * )} parley.content.v1.HSMDateTime.$Shape
                 */

                /**
                 * Constructs a new HSMDateTime.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HSMDateTime.
                 * @constructor
                 * @param {parley.content.v1.HSMDateTime.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HSMDateTime = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HSMDateTime component.
                 * @member {parley.content.v1.HSMDateTimeComponent.$Properties|null|undefined} component
                 * @memberof parley.content.v1.HSMDateTime
                 * @instance
                 */
                HSMDateTime.prototype.component = null;

                /**
                 * HSMDateTime unixEpoch.
                 * @member {parley.content.v1.HSMDateTimeUnixEpoch.$Properties|null|undefined} unixEpoch
                 * @memberof parley.content.v1.HSMDateTime
                 * @instance
                 */
                HSMDateTime.prototype.unixEpoch = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * HSMDateTime datetimeOneof.
                 * @member {"component"|"unixEpoch"|undefined} datetimeOneof
                 * @memberof parley.content.v1.HSMDateTime
                 * @instance
                 */
                $Object.defineProperty(HSMDateTime.prototype, "datetimeOneof", {
                    get: $util.oneOfGetter($oneOfFields = ["component", "unixEpoch"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified HSMDateTime message. Does not implicitly {@link parley.content.v1.HSMDateTime.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HSMDateTime
                 * @static
                 * @param {parley.content.v1.HSMDateTime.$Properties} message HSMDateTime message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HSMDateTime.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.component != null && $Object.hasOwnProperty.call(message, "component"))
                        $root.parley.content.v1.HSMDateTimeComponent.encode(message.component, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.unixEpoch != null && $Object.hasOwnProperty.call(message, "unixEpoch"))
                        $root.parley.content.v1.HSMDateTimeUnixEpoch.encode(message.unixEpoch, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HSMDateTime message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HSMDateTime
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HSMDateTime & parley.content.v1.HSMDateTime.$Shape} HSMDateTime
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HSMDateTime.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HSMDateTime();
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
                                message.component = $root.parley.content.v1.HSMDateTimeComponent.decode(reader, reader.size(), $undefined, _depth + 1, message.component);
                                message.datetimeOneof = "component";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.unixEpoch = $root.parley.content.v1.HSMDateTimeUnixEpoch.decode(reader, reader.size(), $undefined, _depth + 1, message.unixEpoch);
                                message.datetimeOneof = "unixEpoch";
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

                return HSMDateTime;
            })();

            v1.HSMDateTimeComponent = (function() {

                /**
                 * Properties of a HSMDateTimeComponent.
                 * @typedef {Object} parley.content.v1.HSMDateTimeComponent.$Properties
                 * @property {parley.content.v1.HSMDateTimeComponent.DayOfWeekType|null} [dayOfWeek] HSMDateTimeComponent dayOfWeek
                 * @property {number|null} [year] HSMDateTimeComponent year
                 * @property {number|null} [month] HSMDateTimeComponent month
                 * @property {number|null} [dayOfMonth] HSMDateTimeComponent dayOfMonth
                 * @property {number|null} [hour] HSMDateTimeComponent hour
                 * @property {number|null} [minute] HSMDateTimeComponent minute
                 * @property {parley.content.v1.HSMDateTimeComponent.CalendarType|null} [calendar] HSMDateTimeComponent calendar
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HSMDateTimeComponent.
                 * @memberof parley.content.v1
                 * @interface IHSMDateTimeComponent
                 * @augments parley.content.v1.HSMDateTimeComponent.$Properties
                 * @deprecated Use parley.content.v1.HSMDateTimeComponent.$Properties instead.
                 */

                /**
                 * Shape of a HSMDateTimeComponent.
                 * @typedef {parley.content.v1.HSMDateTimeComponent.$Properties} parley.content.v1.HSMDateTimeComponent.$Shape
                 */

                /**
                 * Constructs a new HSMDateTimeComponent.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HSMDateTimeComponent.
                 * @constructor
                 * @param {parley.content.v1.HSMDateTimeComponent.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HSMDateTimeComponent = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HSMDateTimeComponent dayOfWeek.
                 * @member {parley.content.v1.HSMDateTimeComponent.DayOfWeekType} dayOfWeek
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @instance
                 */
                HSMDateTimeComponent.prototype.dayOfWeek = 1;

                /**
                 * HSMDateTimeComponent year.
                 * @member {number} year
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @instance
                 */
                HSMDateTimeComponent.prototype.year = 0;

                /**
                 * HSMDateTimeComponent month.
                 * @member {number} month
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @instance
                 */
                HSMDateTimeComponent.prototype.month = 0;

                /**
                 * HSMDateTimeComponent dayOfMonth.
                 * @member {number} dayOfMonth
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @instance
                 */
                HSMDateTimeComponent.prototype.dayOfMonth = 0;

                /**
                 * HSMDateTimeComponent hour.
                 * @member {number} hour
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @instance
                 */
                HSMDateTimeComponent.prototype.hour = 0;

                /**
                 * HSMDateTimeComponent minute.
                 * @member {number} minute
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @instance
                 */
                HSMDateTimeComponent.prototype.minute = 0;

                /**
                 * HSMDateTimeComponent calendar.
                 * @member {parley.content.v1.HSMDateTimeComponent.CalendarType} calendar
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @instance
                 */
                HSMDateTimeComponent.prototype.calendar = 1;

                /**
                 * Encodes the specified HSMDateTimeComponent message. Does not implicitly {@link parley.content.v1.HSMDateTimeComponent.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @static
                 * @param {parley.content.v1.HSMDateTimeComponent.$Properties} message HSMDateTimeComponent message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HSMDateTimeComponent.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.dayOfWeek != null && $Object.hasOwnProperty.call(message, "dayOfWeek"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.dayOfWeek);
                    if (message.year != null && $Object.hasOwnProperty.call(message, "year"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.year);
                    if (message.month != null && $Object.hasOwnProperty.call(message, "month"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.month);
                    if (message.dayOfMonth != null && $Object.hasOwnProperty.call(message, "dayOfMonth"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.dayOfMonth);
                    if (message.hour != null && $Object.hasOwnProperty.call(message, "hour"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.hour);
                    if (message.minute != null && $Object.hasOwnProperty.call(message, "minute"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.minute);
                    if (message.calendar != null && $Object.hasOwnProperty.call(message, "calendar"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.calendar);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HSMDateTimeComponent message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HSMDateTimeComponent
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HSMDateTimeComponent & parley.content.v1.HSMDateTimeComponent.$Shape} HSMDateTimeComponent
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HSMDateTimeComponent.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HSMDateTimeComponent();
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
                                value = reader.int32();
                                if ($root.parley.content.v1.HSMDateTimeComponent.DayOfWeekType[value] !== $undefined)
                                    message.dayOfWeek = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.year = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.month = reader.uint32();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.dayOfMonth = reader.uint32();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                message.hour = reader.uint32();
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                message.minute = reader.uint32();
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.parley.content.v1.HSMDateTimeComponent.CalendarType[value] !== $undefined)
                                    message.calendar = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
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

                /**
                 * DayOfWeekType enum.
                 * @name parley.content.v1.HSMDateTimeComponent.DayOfWeekType
                 * @enum {number}
                 * @property {number} MONDAY=1 MONDAY value
                 * @property {number} TUESDAY=2 TUESDAY value
                 * @property {number} WEDNESDAY=3 WEDNESDAY value
                 * @property {number} THURSDAY=4 THURSDAY value
                 * @property {number} FRIDAY=5 FRIDAY value
                 * @property {number} SATURDAY=6 SATURDAY value
                 * @property {number} SUNDAY=7 SUNDAY value
                 */
                HSMDateTimeComponent.DayOfWeekType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[1] = "MONDAY"] = 1;
                    values[valuesById[2] = "TUESDAY"] = 2;
                    values[valuesById[3] = "WEDNESDAY"] = 3;
                    values[valuesById[4] = "THURSDAY"] = 4;
                    values[valuesById[5] = "FRIDAY"] = 5;
                    values[valuesById[6] = "SATURDAY"] = 6;
                    values[valuesById[7] = "SUNDAY"] = 7;
                    return values;
                })();

                /**
                 * CalendarType enum.
                 * @name parley.content.v1.HSMDateTimeComponent.CalendarType
                 * @enum {number}
                 * @property {number} GREGORIAN=1 GREGORIAN value
                 * @property {number} SOLAR_HIJRI=2 SOLAR_HIJRI value
                 */
                HSMDateTimeComponent.CalendarType = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[1] = "GREGORIAN"] = 1;
                    values[valuesById[2] = "SOLAR_HIJRI"] = 2;
                    return values;
                })();

                return HSMDateTimeComponent;
            })();

            v1.HSMDateTimeUnixEpoch = (function() {

                /**
                 * Properties of a HSMDateTimeUnixEpoch.
                 * @typedef {Object} parley.content.v1.HSMDateTimeUnixEpoch.$Properties
                 * @property {number|null} [timestamp] HSMDateTimeUnixEpoch timestamp
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HSMDateTimeUnixEpoch.
                 * @memberof parley.content.v1
                 * @interface IHSMDateTimeUnixEpoch
                 * @augments parley.content.v1.HSMDateTimeUnixEpoch.$Properties
                 * @deprecated Use parley.content.v1.HSMDateTimeUnixEpoch.$Properties instead.
                 */

                /**
                 * Shape of a HSMDateTimeUnixEpoch.
                 * @typedef {parley.content.v1.HSMDateTimeUnixEpoch.$Properties} parley.content.v1.HSMDateTimeUnixEpoch.$Shape
                 */

                /**
                 * Constructs a new HSMDateTimeUnixEpoch.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HSMDateTimeUnixEpoch.
                 * @constructor
                 * @param {parley.content.v1.HSMDateTimeUnixEpoch.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HSMDateTimeUnixEpoch = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HSMDateTimeUnixEpoch timestamp.
                 * @member {number} timestamp
                 * @memberof parley.content.v1.HSMDateTimeUnixEpoch
                 * @instance
                 */
                HSMDateTimeUnixEpoch.prototype.timestamp = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified HSMDateTimeUnixEpoch message. Does not implicitly {@link parley.content.v1.HSMDateTimeUnixEpoch.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HSMDateTimeUnixEpoch
                 * @static
                 * @param {parley.content.v1.HSMDateTimeUnixEpoch.$Properties} message HSMDateTimeUnixEpoch message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HSMDateTimeUnixEpoch.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.timestamp != null && $Object.hasOwnProperty.call(message, "timestamp"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int64(message.timestamp);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HSMDateTimeUnixEpoch message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HSMDateTimeUnixEpoch
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HSMDateTimeUnixEpoch & parley.content.v1.HSMDateTimeUnixEpoch.$Shape} HSMDateTimeUnixEpoch
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HSMDateTimeUnixEpoch.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HSMDateTimeUnixEpoch();
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
                                message.timestamp = reader.int64();
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

                return HSMDateTimeUnixEpoch;
            })();

            v1.TemplateMessage = (function() {

                /**
                 * Properties of a TemplateMessage.
                 * @typedef {Object} parley.content.v1.TemplateMessage.$Properties
                 * @property {parley.content.v1.FourRowTemplate.$Properties|null} [fourRowTemplate] TemplateMessage fourRowTemplate
                 * @property {parley.content.v1.HydratedFourRowTemplate.$Properties|null} [hydratedFourRowTemplate] TemplateMessage hydratedFourRowTemplate
                 * @property {parley.content.v1.HydratedFourRowTemplate.$Properties|null} [hydratedTemplate] TemplateMessage hydratedTemplate
                 * @property {string|null} [templateId] TemplateMessage templateId
                 * @property {"fourRowTemplate"|"hydratedFourRowTemplate"} [format] TemplateMessage format
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TemplateMessage.
                 * @memberof parley.content.v1
                 * @interface ITemplateMessage
                 * @augments parley.content.v1.TemplateMessage.$Properties
                 * @deprecated Use parley.content.v1.TemplateMessage.$Properties instead.
                 */

                /**
                 * Narrowed shape of a TemplateMessage.
                 * @typedef {{
                 *   fourRowTemplate?: parley.content.v1.FourRowTemplate.$Shape|null;
                 *   hydratedFourRowTemplate?: parley.content.v1.HydratedFourRowTemplate.$Shape|null;
                 *   hydratedTemplate?: parley.content.v1.HydratedFourRowTemplate.$Shape|null;
                 *   templateId?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ format?: undefined; fourRowTemplate?: null; hydratedFourRowTemplate?: null }|{ format?: "fourRowTemplate"; fourRowTemplate: parley.content.v1.FourRowTemplate.$Shape; hydratedFourRowTemplate?: null }|{ format?: "hydratedFourRowTemplate"; fourRowTemplate?: null; hydratedFourRowTemplate: parley.content.v1.HydratedFourRowTemplate.$Shape })
                 * )} parley.content.v1.TemplateMessage.$Shape
                 */

                /**
                 * Constructs a new TemplateMessage.
                 * @memberof parley.content.v1
                 * @classdesc Represents a TemplateMessage.
                 * @constructor
                 * @param {parley.content.v1.TemplateMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TemplateMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TemplateMessage fourRowTemplate.
                 * @member {parley.content.v1.FourRowTemplate.$Properties|null|undefined} fourRowTemplate
                 * @memberof parley.content.v1.TemplateMessage
                 * @instance
                 */
                TemplateMessage.prototype.fourRowTemplate = null;

                /**
                 * TemplateMessage hydratedFourRowTemplate.
                 * @member {parley.content.v1.HydratedFourRowTemplate.$Properties|null|undefined} hydratedFourRowTemplate
                 * @memberof parley.content.v1.TemplateMessage
                 * @instance
                 */
                TemplateMessage.prototype.hydratedFourRowTemplate = null;

                /**
                 * TemplateMessage hydratedTemplate.
                 * @member {parley.content.v1.HydratedFourRowTemplate.$Properties|null|undefined} hydratedTemplate
                 * @memberof parley.content.v1.TemplateMessage
                 * @instance
                 */
                TemplateMessage.prototype.hydratedTemplate = null;

                /**
                 * TemplateMessage templateId.
                 * @member {string} templateId
                 * @memberof parley.content.v1.TemplateMessage
                 * @instance
                 */
                TemplateMessage.prototype.templateId = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * TemplateMessage format.
                 * @member {"fourRowTemplate"|"hydratedFourRowTemplate"|undefined} format
                 * @memberof parley.content.v1.TemplateMessage
                 * @instance
                 */
                $Object.defineProperty(TemplateMessage.prototype, "format", {
                    get: $util.oneOfGetter($oneOfFields = ["fourRowTemplate", "hydratedFourRowTemplate"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified TemplateMessage message. Does not implicitly {@link parley.content.v1.TemplateMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.TemplateMessage
                 * @static
                 * @param {parley.content.v1.TemplateMessage.$Properties} message TemplateMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TemplateMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.fourRowTemplate != null && $Object.hasOwnProperty.call(message, "fourRowTemplate"))
                        $root.parley.content.v1.FourRowTemplate.encode(message.fourRowTemplate, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.hydratedFourRowTemplate != null && $Object.hasOwnProperty.call(message, "hydratedFourRowTemplate"))
                        $root.parley.content.v1.HydratedFourRowTemplate.encode(message.hydratedFourRowTemplate, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.hydratedTemplate != null && $Object.hasOwnProperty.call(message, "hydratedTemplate"))
                        $root.parley.content.v1.HydratedFourRowTemplate.encode(message.hydratedTemplate, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.templateId != null && $Object.hasOwnProperty.call(message, "templateId"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.templateId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TemplateMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.TemplateMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.TemplateMessage & parley.content.v1.TemplateMessage.$Shape} TemplateMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TemplateMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.TemplateMessage();
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
                                message.fourRowTemplate = $root.parley.content.v1.FourRowTemplate.decode(reader, reader.size(), $undefined, _depth + 1, message.fourRowTemplate);
                                message.format = "fourRowTemplate";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.hydratedFourRowTemplate = $root.parley.content.v1.HydratedFourRowTemplate.decode(reader, reader.size(), $undefined, _depth + 1, message.hydratedFourRowTemplate);
                                message.format = "hydratedFourRowTemplate";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.hydratedTemplate = $root.parley.content.v1.HydratedFourRowTemplate.decode(reader, reader.size(), $undefined, _depth + 1, message.hydratedTemplate);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.templateId = reader.string();
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

                return TemplateMessage;
            })();

            v1.FourRowTemplate = (function() {

                /**
                 * Properties of a FourRowTemplate.
                 * @typedef {Object} parley.content.v1.FourRowTemplate.$Properties
                 * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [highlyStructuredMessage] FourRowTemplate highlyStructuredMessage
                 * @property {parley.content.v1.ImageMessage.$Properties|null} [imageMessage] FourRowTemplate imageMessage
                 * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [content] FourRowTemplate content
                 * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [footer] FourRowTemplate footer
                 * @property {Array.<parley.content.v1.TemplateButton.$Properties>|null} [buttons] FourRowTemplate buttons
                 * @property {"highlyStructuredMessage"|"imageMessage"} [title] FourRowTemplate title
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a FourRowTemplate.
                 * @memberof parley.content.v1
                 * @interface IFourRowTemplate
                 * @augments parley.content.v1.FourRowTemplate.$Properties
                 * @deprecated Use parley.content.v1.FourRowTemplate.$Properties instead.
                 */

                /**
                 * Narrowed shape of a FourRowTemplate.
                 * @typedef {{
                 *   highlyStructuredMessage?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                 *   imageMessage?: parley.content.v1.ImageMessage.$Shape|null;
                 *   content?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                 *   footer?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                 *   buttons?: Array.<parley.content.v1.TemplateButton.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ title?: undefined; highlyStructuredMessage?: null; imageMessage?: null }|{ title?: "highlyStructuredMessage"; highlyStructuredMessage: parley.content.v1.HighlyStructuredMessage.$Shape; imageMessage?: null }|{ title?: "imageMessage"; highlyStructuredMessage?: null; imageMessage: parley.content.v1.ImageMessage.$Shape })
                 * )} parley.content.v1.FourRowTemplate.$Shape
                 */

                /**
                 * Constructs a new FourRowTemplate.
                 * @memberof parley.content.v1
                 * @classdesc Represents a FourRowTemplate.
                 * @constructor
                 * @param {parley.content.v1.FourRowTemplate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const FourRowTemplate = function (properties) {
                    this.buttons = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * FourRowTemplate highlyStructuredMessage.
                 * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} highlyStructuredMessage
                 * @memberof parley.content.v1.FourRowTemplate
                 * @instance
                 */
                FourRowTemplate.prototype.highlyStructuredMessage = null;

                /**
                 * FourRowTemplate imageMessage.
                 * @member {parley.content.v1.ImageMessage.$Properties|null|undefined} imageMessage
                 * @memberof parley.content.v1.FourRowTemplate
                 * @instance
                 */
                FourRowTemplate.prototype.imageMessage = null;

                /**
                 * FourRowTemplate content.
                 * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} content
                 * @memberof parley.content.v1.FourRowTemplate
                 * @instance
                 */
                FourRowTemplate.prototype.content = null;

                /**
                 * FourRowTemplate footer.
                 * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} footer
                 * @memberof parley.content.v1.FourRowTemplate
                 * @instance
                 */
                FourRowTemplate.prototype.footer = null;

                /**
                 * FourRowTemplate buttons.
                 * @member {Array.<parley.content.v1.TemplateButton.$Properties>} buttons
                 * @memberof parley.content.v1.FourRowTemplate
                 * @instance
                 */
                FourRowTemplate.prototype.buttons = $util.emptyArray;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * FourRowTemplate title.
                 * @member {"highlyStructuredMessage"|"imageMessage"|undefined} title
                 * @memberof parley.content.v1.FourRowTemplate
                 * @instance
                 */
                $Object.defineProperty(FourRowTemplate.prototype, "title", {
                    get: $util.oneOfGetter($oneOfFields = ["highlyStructuredMessage", "imageMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified FourRowTemplate message. Does not implicitly {@link parley.content.v1.FourRowTemplate.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.FourRowTemplate
                 * @static
                 * @param {parley.content.v1.FourRowTemplate.$Properties} message FourRowTemplate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                FourRowTemplate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.highlyStructuredMessage != null && $Object.hasOwnProperty.call(message, "highlyStructuredMessage"))
                        $root.parley.content.v1.HighlyStructuredMessage.encode(message.highlyStructuredMessage, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.imageMessage != null && $Object.hasOwnProperty.call(message, "imageMessage"))
                        $root.parley.content.v1.ImageMessage.encode(message.imageMessage, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        $root.parley.content.v1.HighlyStructuredMessage.encode(message.content, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.footer != null && $Object.hasOwnProperty.call(message, "footer"))
                        $root.parley.content.v1.HighlyStructuredMessage.encode(message.footer, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.buttons != null && message.buttons.length)
                        for (let i = 0; i < message.buttons.length; ++i)
                            $root.parley.content.v1.TemplateButton.encode(message.buttons[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a FourRowTemplate message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.FourRowTemplate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.FourRowTemplate & parley.content.v1.FourRowTemplate.$Shape} FourRowTemplate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                FourRowTemplate.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.FourRowTemplate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.highlyStructuredMessage = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.highlyStructuredMessage);
                                message.title = "highlyStructuredMessage";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.imageMessage = $root.parley.content.v1.ImageMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.imageMessage);
                                message.title = "imageMessage";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.content = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.content);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.footer = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.footer);
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.buttons && message.buttons.length))
                                    message.buttons = [];
                                message.buttons.push($root.parley.content.v1.TemplateButton.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return FourRowTemplate;
            })();

            v1.HydratedFourRowTemplate = (function() {

                /**
                 * Properties of a HydratedFourRowTemplate.
                 * @typedef {Object} parley.content.v1.HydratedFourRowTemplate.$Properties
                 * @property {string|null} [hydratedTitleText] HydratedFourRowTemplate hydratedTitleText
                 * @property {parley.content.v1.ImageMessage.$Properties|null} [imageMessage] HydratedFourRowTemplate imageMessage
                 * @property {string|null} [hydratedContentText] HydratedFourRowTemplate hydratedContentText
                 * @property {string|null} [hydratedFooterText] HydratedFourRowTemplate hydratedFooterText
                 * @property {Array.<parley.content.v1.HydratedTemplateButton.$Properties>|null} [hydratedButtons] HydratedFourRowTemplate hydratedButtons
                 * @property {string|null} [templateId] HydratedFourRowTemplate templateId
                 * @property {"hydratedTitleText"|"imageMessage"} [title] HydratedFourRowTemplate title
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HydratedFourRowTemplate.
                 * @memberof parley.content.v1
                 * @interface IHydratedFourRowTemplate
                 * @augments parley.content.v1.HydratedFourRowTemplate.$Properties
                 * @deprecated Use parley.content.v1.HydratedFourRowTemplate.$Properties instead.
                 */

                /**
                 * Narrowed shape of a HydratedFourRowTemplate.
                 * @typedef {{
                 *   hydratedTitleText?: string|null;
                 *   imageMessage?: parley.content.v1.ImageMessage.$Shape|null;
                 *   hydratedContentText?: string|null;
                 *   hydratedFooterText?: string|null;
                 *   hydratedButtons?: Array.<parley.content.v1.HydratedTemplateButton.$Shape>|null;
                 *   templateId?: string|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ title?: undefined; hydratedTitleText?: null; imageMessage?: null }|{ title?: "hydratedTitleText"; hydratedTitleText: string; imageMessage?: null }|{ title?: "imageMessage"; hydratedTitleText?: null; imageMessage: parley.content.v1.ImageMessage.$Shape })
                 * )} parley.content.v1.HydratedFourRowTemplate.$Shape
                 */

                /**
                 * Constructs a new HydratedFourRowTemplate.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HydratedFourRowTemplate.
                 * @constructor
                 * @param {parley.content.v1.HydratedFourRowTemplate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HydratedFourRowTemplate = function (properties) {
                    this.hydratedButtons = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HydratedFourRowTemplate hydratedTitleText.
                 * @member {string|null|undefined} hydratedTitleText
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @instance
                 */
                HydratedFourRowTemplate.prototype.hydratedTitleText = null;

                /**
                 * HydratedFourRowTemplate imageMessage.
                 * @member {parley.content.v1.ImageMessage.$Properties|null|undefined} imageMessage
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @instance
                 */
                HydratedFourRowTemplate.prototype.imageMessage = null;

                /**
                 * HydratedFourRowTemplate hydratedContentText.
                 * @member {string} hydratedContentText
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @instance
                 */
                HydratedFourRowTemplate.prototype.hydratedContentText = "";

                /**
                 * HydratedFourRowTemplate hydratedFooterText.
                 * @member {string} hydratedFooterText
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @instance
                 */
                HydratedFourRowTemplate.prototype.hydratedFooterText = "";

                /**
                 * HydratedFourRowTemplate hydratedButtons.
                 * @member {Array.<parley.content.v1.HydratedTemplateButton.$Properties>} hydratedButtons
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @instance
                 */
                HydratedFourRowTemplate.prototype.hydratedButtons = $util.emptyArray;

                /**
                 * HydratedFourRowTemplate templateId.
                 * @member {string} templateId
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @instance
                 */
                HydratedFourRowTemplate.prototype.templateId = "";

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * HydratedFourRowTemplate title.
                 * @member {"hydratedTitleText"|"imageMessage"|undefined} title
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @instance
                 */
                $Object.defineProperty(HydratedFourRowTemplate.prototype, "title", {
                    get: $util.oneOfGetter($oneOfFields = ["hydratedTitleText", "imageMessage"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified HydratedFourRowTemplate message. Does not implicitly {@link parley.content.v1.HydratedFourRowTemplate.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @static
                 * @param {parley.content.v1.HydratedFourRowTemplate.$Properties} message HydratedFourRowTemplate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HydratedFourRowTemplate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hydratedTitleText != null && $Object.hasOwnProperty.call(message, "hydratedTitleText"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.hydratedTitleText);
                    if (message.imageMessage != null && $Object.hasOwnProperty.call(message, "imageMessage"))
                        $root.parley.content.v1.ImageMessage.encode(message.imageMessage, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.hydratedContentText != null && $Object.hasOwnProperty.call(message, "hydratedContentText"))
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.hydratedContentText);
                    if (message.hydratedFooterText != null && $Object.hasOwnProperty.call(message, "hydratedFooterText"))
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.hydratedFooterText);
                    if (message.hydratedButtons != null && message.hydratedButtons.length)
                        for (let i = 0; i < message.hydratedButtons.length; ++i)
                            $root.parley.content.v1.HydratedTemplateButton.encode(message.hydratedButtons[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.templateId != null && $Object.hasOwnProperty.call(message, "templateId"))
                        writer.uint32(/* id 9, wireType 2 =*/74).string(message.templateId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HydratedFourRowTemplate message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HydratedFourRowTemplate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HydratedFourRowTemplate & parley.content.v1.HydratedFourRowTemplate.$Shape} HydratedFourRowTemplate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HydratedFourRowTemplate.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HydratedFourRowTemplate();
                    while (reader.pos < end) {
                        let start = reader.pos;
                        let tag = reader.tag();
                        if (tag === _end) {
                            _end = $undefined;
                            break;
                        }
                        let wireType = tag & 7;
                        switch (tag >>>= 3) {
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.hydratedTitleText = reader.string();
                                message.title = "hydratedTitleText";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.imageMessage = $root.parley.content.v1.ImageMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.imageMessage);
                                message.title = "imageMessage";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.hydratedContentText = reader.string();
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                message.hydratedFooterText = reader.string();
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.hydratedButtons && message.hydratedButtons.length))
                                    message.hydratedButtons = [];
                                message.hydratedButtons.push($root.parley.content.v1.HydratedTemplateButton.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 9: {
                                if (wireType !== 2)
                                    break;
                                message.templateId = reader.string();
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

                return HydratedFourRowTemplate;
            })();

            v1.TemplateButton = (function() {

                /**
                 * Properties of a TemplateButton.
                 * @typedef {Object} parley.content.v1.TemplateButton.$Properties
                 * @property {parley.content.v1.TemplateButton.QuickReplyButton.$Properties|null} [quickReplyButton] TemplateButton quickReplyButton
                 * @property {parley.content.v1.TemplateButton.URLButton.$Properties|null} [urlButton] TemplateButton urlButton
                 * @property {parley.content.v1.TemplateButton.CallButton.$Properties|null} [callButton] TemplateButton callButton
                 * @property {number|null} [index] TemplateButton index
                 * @property {"quickReplyButton"|"urlButton"|"callButton"} [button] TemplateButton button
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a TemplateButton.
                 * @memberof parley.content.v1
                 * @interface ITemplateButton
                 * @augments parley.content.v1.TemplateButton.$Properties
                 * @deprecated Use parley.content.v1.TemplateButton.$Properties instead.
                 */

                /**
                 * Narrowed shape of a TemplateButton.
                 * @typedef {{
                 *   quickReplyButton?: parley.content.v1.TemplateButton.QuickReplyButton.$Shape|null;
                 *   urlButton?: parley.content.v1.TemplateButton.URLButton.$Shape|null;
                 *   callButton?: parley.content.v1.TemplateButton.CallButton.$Shape|null;
                 *   index?: number|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ button?: undefined; quickReplyButton?: null; urlButton?: null; callButton?: null }|{ button?: "quickReplyButton"; quickReplyButton: parley.content.v1.TemplateButton.QuickReplyButton.$Shape; urlButton?: null; callButton?: null }|{ button?: "urlButton"; quickReplyButton?: null; urlButton: parley.content.v1.TemplateButton.URLButton.$Shape; callButton?: null }|{ button?: "callButton"; quickReplyButton?: null; urlButton?: null; callButton: parley.content.v1.TemplateButton.CallButton.$Shape })
                 * )} parley.content.v1.TemplateButton.$Shape
                 */

                /**
                 * Constructs a new TemplateButton.
                 * @memberof parley.content.v1
                 * @classdesc Represents a TemplateButton.
                 * @constructor
                 * @param {parley.content.v1.TemplateButton.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const TemplateButton = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * TemplateButton quickReplyButton.
                 * @member {parley.content.v1.TemplateButton.QuickReplyButton.$Properties|null|undefined} quickReplyButton
                 * @memberof parley.content.v1.TemplateButton
                 * @instance
                 */
                TemplateButton.prototype.quickReplyButton = null;

                /**
                 * TemplateButton urlButton.
                 * @member {parley.content.v1.TemplateButton.URLButton.$Properties|null|undefined} urlButton
                 * @memberof parley.content.v1.TemplateButton
                 * @instance
                 */
                TemplateButton.prototype.urlButton = null;

                /**
                 * TemplateButton callButton.
                 * @member {parley.content.v1.TemplateButton.CallButton.$Properties|null|undefined} callButton
                 * @memberof parley.content.v1.TemplateButton
                 * @instance
                 */
                TemplateButton.prototype.callButton = null;

                /**
                 * TemplateButton index.
                 * @member {number} index
                 * @memberof parley.content.v1.TemplateButton
                 * @instance
                 */
                TemplateButton.prototype.index = 0;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * TemplateButton button.
                 * @member {"quickReplyButton"|"urlButton"|"callButton"|undefined} button
                 * @memberof parley.content.v1.TemplateButton
                 * @instance
                 */
                $Object.defineProperty(TemplateButton.prototype, "button", {
                    get: $util.oneOfGetter($oneOfFields = ["quickReplyButton", "urlButton", "callButton"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified TemplateButton message. Does not implicitly {@link parley.content.v1.TemplateButton.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.TemplateButton
                 * @static
                 * @param {parley.content.v1.TemplateButton.$Properties} message TemplateButton message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                TemplateButton.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.quickReplyButton != null && $Object.hasOwnProperty.call(message, "quickReplyButton"))
                        $root.parley.content.v1.TemplateButton.QuickReplyButton.encode(message.quickReplyButton, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.urlButton != null && $Object.hasOwnProperty.call(message, "urlButton"))
                        $root.parley.content.v1.TemplateButton.URLButton.encode(message.urlButton, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.callButton != null && $Object.hasOwnProperty.call(message, "callButton"))
                        $root.parley.content.v1.TemplateButton.CallButton.encode(message.callButton, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a TemplateButton message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.TemplateButton
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.TemplateButton & parley.content.v1.TemplateButton.$Shape} TemplateButton
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                TemplateButton.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.TemplateButton();
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
                                message.quickReplyButton = $root.parley.content.v1.TemplateButton.QuickReplyButton.decode(reader, reader.size(), $undefined, _depth + 1, message.quickReplyButton);
                                message.button = "quickReplyButton";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.urlButton = $root.parley.content.v1.TemplateButton.URLButton.decode(reader, reader.size(), $undefined, _depth + 1, message.urlButton);
                                message.button = "urlButton";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.callButton = $root.parley.content.v1.TemplateButton.CallButton.decode(reader, reader.size(), $undefined, _depth + 1, message.callButton);
                                message.button = "callButton";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.index = reader.uint32();
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

                TemplateButton.QuickReplyButton = (function() {

                    /**
                     * Properties of a QuickReplyButton.
                     * @typedef {Object} parley.content.v1.TemplateButton.QuickReplyButton.$Properties
                     * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [displayText] QuickReplyButton displayText
                     * @property {string|null} [id] QuickReplyButton id
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a QuickReplyButton.
                     * @memberof parley.content.v1.TemplateButton
                     * @interface IQuickReplyButton
                     * @augments parley.content.v1.TemplateButton.QuickReplyButton.$Properties
                     * @deprecated Use parley.content.v1.TemplateButton.QuickReplyButton.$Properties instead.
                     */

                    /**
                     * Shape of a QuickReplyButton.
                     * @typedef {{
                     *   displayText?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                     *   id?: string|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} parley.content.v1.TemplateButton.QuickReplyButton.$Shape
                     */

                    /**
                     * Constructs a new QuickReplyButton.
                     * @memberof parley.content.v1.TemplateButton
                     * @classdesc Represents a QuickReplyButton.
                     * @constructor
                     * @param {parley.content.v1.TemplateButton.QuickReplyButton.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const QuickReplyButton = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * QuickReplyButton displayText.
                     * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} displayText
                     * @memberof parley.content.v1.TemplateButton.QuickReplyButton
                     * @instance
                     */
                    QuickReplyButton.prototype.displayText = null;

                    /**
                     * QuickReplyButton id.
                     * @member {string} id
                     * @memberof parley.content.v1.TemplateButton.QuickReplyButton
                     * @instance
                     */
                    QuickReplyButton.prototype.id = "";

                    /**
                     * Encodes the specified QuickReplyButton message. Does not implicitly {@link parley.content.v1.TemplateButton.QuickReplyButton.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.TemplateButton.QuickReplyButton
                     * @static
                     * @param {parley.content.v1.TemplateButton.QuickReplyButton.$Properties} message QuickReplyButton message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    QuickReplyButton.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.displayText != null && $Object.hasOwnProperty.call(message, "displayText"))
                            $root.parley.content.v1.HighlyStructuredMessage.encode(message.displayText, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a QuickReplyButton message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.TemplateButton.QuickReplyButton
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.TemplateButton.QuickReplyButton & parley.content.v1.TemplateButton.QuickReplyButton.$Shape} QuickReplyButton
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    QuickReplyButton.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.TemplateButton.QuickReplyButton();
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
                                    message.displayText = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.displayText);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.id = reader.string();
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

                    return QuickReplyButton;
                })();

                TemplateButton.URLButton = (function() {

                    /**
                     * Properties of a URLButton.
                     * @typedef {Object} parley.content.v1.TemplateButton.URLButton.$Properties
                     * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [displayText] URLButton displayText
                     * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [url] URLButton url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a URLButton.
                     * @memberof parley.content.v1.TemplateButton
                     * @interface IURLButton
                     * @augments parley.content.v1.TemplateButton.URLButton.$Properties
                     * @deprecated Use parley.content.v1.TemplateButton.URLButton.$Properties instead.
                     */

                    /**
                     * Shape of a URLButton.
                     * @typedef {{
                     *   displayText?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                     *   url?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} parley.content.v1.TemplateButton.URLButton.$Shape
                     */

                    /**
                     * Constructs a new URLButton.
                     * @memberof parley.content.v1.TemplateButton
                     * @classdesc Represents a URLButton.
                     * @constructor
                     * @param {parley.content.v1.TemplateButton.URLButton.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const URLButton = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * URLButton displayText.
                     * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} displayText
                     * @memberof parley.content.v1.TemplateButton.URLButton
                     * @instance
                     */
                    URLButton.prototype.displayText = null;

                    /**
                     * URLButton url.
                     * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} url
                     * @memberof parley.content.v1.TemplateButton.URLButton
                     * @instance
                     */
                    URLButton.prototype.url = null;

                    /**
                     * Encodes the specified URLButton message. Does not implicitly {@link parley.content.v1.TemplateButton.URLButton.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.TemplateButton.URLButton
                     * @static
                     * @param {parley.content.v1.TemplateButton.URLButton.$Properties} message URLButton message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    URLButton.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.displayText != null && $Object.hasOwnProperty.call(message, "displayText"))
                            $root.parley.content.v1.HighlyStructuredMessage.encode(message.displayText, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                            $root.parley.content.v1.HighlyStructuredMessage.encode(message.url, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a URLButton message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.TemplateButton.URLButton
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.TemplateButton.URLButton & parley.content.v1.TemplateButton.URLButton.$Shape} URLButton
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    URLButton.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.TemplateButton.URLButton();
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
                                    message.displayText = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.displayText);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.url = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.url);
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

                    return URLButton;
                })();

                TemplateButton.CallButton = (function() {

                    /**
                     * Properties of a CallButton.
                     * @typedef {Object} parley.content.v1.TemplateButton.CallButton.$Properties
                     * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [displayText] CallButton displayText
                     * @property {parley.content.v1.HighlyStructuredMessage.$Properties|null} [phoneNumber] CallButton phoneNumber
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a CallButton.
                     * @memberof parley.content.v1.TemplateButton
                     * @interface ICallButton
                     * @augments parley.content.v1.TemplateButton.CallButton.$Properties
                     * @deprecated Use parley.content.v1.TemplateButton.CallButton.$Properties instead.
                     */

                    /**
                     * Shape of a CallButton.
                     * @typedef {{
                     *   displayText?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                     *   phoneNumber?: parley.content.v1.HighlyStructuredMessage.$Shape|null;
                     *   $unknowns?: Array.<Uint8Array>;
                     * }} parley.content.v1.TemplateButton.CallButton.$Shape
                     */

                    /**
                     * Constructs a new CallButton.
                     * @memberof parley.content.v1.TemplateButton
                     * @classdesc Represents a CallButton.
                     * @constructor
                     * @param {parley.content.v1.TemplateButton.CallButton.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const CallButton = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * CallButton displayText.
                     * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} displayText
                     * @memberof parley.content.v1.TemplateButton.CallButton
                     * @instance
                     */
                    CallButton.prototype.displayText = null;

                    /**
                     * CallButton phoneNumber.
                     * @member {parley.content.v1.HighlyStructuredMessage.$Properties|null|undefined} phoneNumber
                     * @memberof parley.content.v1.TemplateButton.CallButton
                     * @instance
                     */
                    CallButton.prototype.phoneNumber = null;

                    /**
                     * Encodes the specified CallButton message. Does not implicitly {@link parley.content.v1.TemplateButton.CallButton.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.TemplateButton.CallButton
                     * @static
                     * @param {parley.content.v1.TemplateButton.CallButton.$Properties} message CallButton message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    CallButton.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.displayText != null && $Object.hasOwnProperty.call(message, "displayText"))
                            $root.parley.content.v1.HighlyStructuredMessage.encode(message.displayText, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                        if (message.phoneNumber != null && $Object.hasOwnProperty.call(message, "phoneNumber"))
                            $root.parley.content.v1.HighlyStructuredMessage.encode(message.phoneNumber, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a CallButton message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.TemplateButton.CallButton
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.TemplateButton.CallButton & parley.content.v1.TemplateButton.CallButton.$Shape} CallButton
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    CallButton.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.TemplateButton.CallButton();
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
                                    message.displayText = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.displayText);
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.phoneNumber = $root.parley.content.v1.HighlyStructuredMessage.decode(reader, reader.size(), $undefined, _depth + 1, message.phoneNumber);
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

                    return CallButton;
                })();

                return TemplateButton;
            })();

            v1.HydratedTemplateButton = (function() {

                /**
                 * Properties of a HydratedTemplateButton.
                 * @typedef {Object} parley.content.v1.HydratedTemplateButton.$Properties
                 * @property {parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties|null} [quickReplyButton] HydratedTemplateButton quickReplyButton
                 * @property {parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties|null} [urlButton] HydratedTemplateButton urlButton
                 * @property {parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties|null} [callButton] HydratedTemplateButton callButton
                 * @property {number|null} [index] HydratedTemplateButton index
                 * @property {"quickReplyButton"|"urlButton"|"callButton"} [hydratedButton] HydratedTemplateButton hydratedButton
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a HydratedTemplateButton.
                 * @memberof parley.content.v1
                 * @interface IHydratedTemplateButton
                 * @augments parley.content.v1.HydratedTemplateButton.$Properties
                 * @deprecated Use parley.content.v1.HydratedTemplateButton.$Properties instead.
                 */

                /**
                 * Narrowed shape of a HydratedTemplateButton.
                 * @typedef {{
                 *   quickReplyButton?: parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Shape|null;
                 *   urlButton?: parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Shape|null;
                 *   callButton?: parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Shape|null;
                 *   index?: number|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ hydratedButton?: undefined; quickReplyButton?: null; urlButton?: null; callButton?: null }|{ hydratedButton?: "quickReplyButton"; quickReplyButton: parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Shape; urlButton?: null; callButton?: null }|{ hydratedButton?: "urlButton"; quickReplyButton?: null; urlButton: parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Shape; callButton?: null }|{ hydratedButton?: "callButton"; quickReplyButton?: null; urlButton?: null; callButton: parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Shape })
                 * )} parley.content.v1.HydratedTemplateButton.$Shape
                 */

                /**
                 * Constructs a new HydratedTemplateButton.
                 * @memberof parley.content.v1
                 * @classdesc Represents a HydratedTemplateButton.
                 * @constructor
                 * @param {parley.content.v1.HydratedTemplateButton.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const HydratedTemplateButton = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * HydratedTemplateButton quickReplyButton.
                 * @member {parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties|null|undefined} quickReplyButton
                 * @memberof parley.content.v1.HydratedTemplateButton
                 * @instance
                 */
                HydratedTemplateButton.prototype.quickReplyButton = null;

                /**
                 * HydratedTemplateButton urlButton.
                 * @member {parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties|null|undefined} urlButton
                 * @memberof parley.content.v1.HydratedTemplateButton
                 * @instance
                 */
                HydratedTemplateButton.prototype.urlButton = null;

                /**
                 * HydratedTemplateButton callButton.
                 * @member {parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties|null|undefined} callButton
                 * @memberof parley.content.v1.HydratedTemplateButton
                 * @instance
                 */
                HydratedTemplateButton.prototype.callButton = null;

                /**
                 * HydratedTemplateButton index.
                 * @member {number} index
                 * @memberof parley.content.v1.HydratedTemplateButton
                 * @instance
                 */
                HydratedTemplateButton.prototype.index = 0;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * HydratedTemplateButton hydratedButton.
                 * @member {"quickReplyButton"|"urlButton"|"callButton"|undefined} hydratedButton
                 * @memberof parley.content.v1.HydratedTemplateButton
                 * @instance
                 */
                $Object.defineProperty(HydratedTemplateButton.prototype, "hydratedButton", {
                    get: $util.oneOfGetter($oneOfFields = ["quickReplyButton", "urlButton", "callButton"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified HydratedTemplateButton message. Does not implicitly {@link parley.content.v1.HydratedTemplateButton.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.HydratedTemplateButton
                 * @static
                 * @param {parley.content.v1.HydratedTemplateButton.$Properties} message HydratedTemplateButton message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                HydratedTemplateButton.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.quickReplyButton != null && $Object.hasOwnProperty.call(message, "quickReplyButton"))
                        $root.parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.encode(message.quickReplyButton, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.urlButton != null && $Object.hasOwnProperty.call(message, "urlButton"))
                        $root.parley.content.v1.HydratedTemplateButton.HydratedURLButton.encode(message.urlButton, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.callButton != null && $Object.hasOwnProperty.call(message, "callButton"))
                        $root.parley.content.v1.HydratedTemplateButton.HydratedCallButton.encode(message.callButton, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a HydratedTemplateButton message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.HydratedTemplateButton
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.HydratedTemplateButton & parley.content.v1.HydratedTemplateButton.$Shape} HydratedTemplateButton
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                HydratedTemplateButton.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.HydratedTemplateButton();
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
                                message.quickReplyButton = $root.parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.decode(reader, reader.size(), $undefined, _depth + 1, message.quickReplyButton);
                                message.hydratedButton = "quickReplyButton";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.urlButton = $root.parley.content.v1.HydratedTemplateButton.HydratedURLButton.decode(reader, reader.size(), $undefined, _depth + 1, message.urlButton);
                                message.hydratedButton = "urlButton";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.callButton = $root.parley.content.v1.HydratedTemplateButton.HydratedCallButton.decode(reader, reader.size(), $undefined, _depth + 1, message.callButton);
                                message.hydratedButton = "callButton";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.index = reader.uint32();
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

                HydratedTemplateButton.HydratedQuickReplyButton = (function() {

                    /**
                     * Properties of a HydratedQuickReplyButton.
                     * @typedef {Object} parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties
                     * @property {string|null} [displayText] HydratedQuickReplyButton displayText
                     * @property {string|null} [id] HydratedQuickReplyButton id
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HydratedQuickReplyButton.
                     * @memberof parley.content.v1.HydratedTemplateButton
                     * @interface IHydratedQuickReplyButton
                     * @augments parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties
                     * @deprecated Use parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties instead.
                     */

                    /**
                     * Shape of a HydratedQuickReplyButton.
                     * @typedef {parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties} parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Shape
                     */

                    /**
                     * Constructs a new HydratedQuickReplyButton.
                     * @memberof parley.content.v1.HydratedTemplateButton
                     * @classdesc Represents a HydratedQuickReplyButton.
                     * @constructor
                     * @param {parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HydratedQuickReplyButton = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HydratedQuickReplyButton displayText.
                     * @member {string} displayText
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton
                     * @instance
                     */
                    HydratedQuickReplyButton.prototype.displayText = "";

                    /**
                     * HydratedQuickReplyButton id.
                     * @member {string} id
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton
                     * @instance
                     */
                    HydratedQuickReplyButton.prototype.id = "";

                    /**
                     * Encodes the specified HydratedQuickReplyButton message. Does not implicitly {@link parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton
                     * @static
                     * @param {parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Properties} message HydratedQuickReplyButton message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HydratedQuickReplyButton.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.displayText != null && $Object.hasOwnProperty.call(message, "displayText"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.displayText);
                        if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.id);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a HydratedQuickReplyButton message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton & parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton.$Shape} HydratedQuickReplyButton
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HydratedQuickReplyButton.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.HydratedTemplateButton.HydratedQuickReplyButton();
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
                                    message.displayText = reader.string();
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.id = reader.string();
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

                    return HydratedQuickReplyButton;
                })();

                HydratedTemplateButton.HydratedURLButton = (function() {

                    /**
                     * Properties of a HydratedURLButton.
                     * @typedef {Object} parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties
                     * @property {string|null} [displayText] HydratedURLButton displayText
                     * @property {string|null} [url] HydratedURLButton url
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HydratedURLButton.
                     * @memberof parley.content.v1.HydratedTemplateButton
                     * @interface IHydratedURLButton
                     * @augments parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties
                     * @deprecated Use parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties instead.
                     */

                    /**
                     * Shape of a HydratedURLButton.
                     * @typedef {parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties} parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Shape
                     */

                    /**
                     * Constructs a new HydratedURLButton.
                     * @memberof parley.content.v1.HydratedTemplateButton
                     * @classdesc Represents a HydratedURLButton.
                     * @constructor
                     * @param {parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HydratedURLButton = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HydratedURLButton displayText.
                     * @member {string} displayText
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedURLButton
                     * @instance
                     */
                    HydratedURLButton.prototype.displayText = "";

                    /**
                     * HydratedURLButton url.
                     * @member {string} url
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedURLButton
                     * @instance
                     */
                    HydratedURLButton.prototype.url = "";

                    /**
                     * Encodes the specified HydratedURLButton message. Does not implicitly {@link parley.content.v1.HydratedTemplateButton.HydratedURLButton.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedURLButton
                     * @static
                     * @param {parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Properties} message HydratedURLButton message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HydratedURLButton.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.displayText != null && $Object.hasOwnProperty.call(message, "displayText"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.displayText);
                        if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a HydratedURLButton message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedURLButton
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HydratedTemplateButton.HydratedURLButton & parley.content.v1.HydratedTemplateButton.HydratedURLButton.$Shape} HydratedURLButton
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HydratedURLButton.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.HydratedTemplateButton.HydratedURLButton();
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
                                    message.displayText = reader.string();
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.url = reader.string();
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

                    return HydratedURLButton;
                })();

                HydratedTemplateButton.HydratedCallButton = (function() {

                    /**
                     * Properties of a HydratedCallButton.
                     * @typedef {Object} parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties
                     * @property {string|null} [displayText] HydratedCallButton displayText
                     * @property {string|null} [phoneNumber] HydratedCallButton phoneNumber
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a HydratedCallButton.
                     * @memberof parley.content.v1.HydratedTemplateButton
                     * @interface IHydratedCallButton
                     * @augments parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties
                     * @deprecated Use parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties instead.
                     */

                    /**
                     * Shape of a HydratedCallButton.
                     * @typedef {parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties} parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Shape
                     */

                    /**
                     * Constructs a new HydratedCallButton.
                     * @memberof parley.content.v1.HydratedTemplateButton
                     * @classdesc Represents a HydratedCallButton.
                     * @constructor
                     * @param {parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const HydratedCallButton = function (properties) {
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * HydratedCallButton displayText.
                     * @member {string} displayText
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedCallButton
                     * @instance
                     */
                    HydratedCallButton.prototype.displayText = "";

                    /**
                     * HydratedCallButton phoneNumber.
                     * @member {string} phoneNumber
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedCallButton
                     * @instance
                     */
                    HydratedCallButton.prototype.phoneNumber = "";

                    /**
                     * Encodes the specified HydratedCallButton message. Does not implicitly {@link parley.content.v1.HydratedTemplateButton.HydratedCallButton.verify|verify} messages.
                     * @function encode
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedCallButton
                     * @static
                     * @param {parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Properties} message HydratedCallButton message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    HydratedCallButton.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.displayText != null && $Object.hasOwnProperty.call(message, "displayText"))
                            writer.uint32(/* id 1, wireType 2 =*/10).string(message.displayText);
                        if (message.phoneNumber != null && $Object.hasOwnProperty.call(message, "phoneNumber"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.phoneNumber);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a HydratedCallButton message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.content.v1.HydratedTemplateButton.HydratedCallButton
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.content.v1.HydratedTemplateButton.HydratedCallButton & parley.content.v1.HydratedTemplateButton.HydratedCallButton.$Shape} HydratedCallButton
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    HydratedCallButton.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.content.v1.HydratedTemplateButton.HydratedCallButton();
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
                                    message.displayText = reader.string();
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.phoneNumber = reader.string();
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

                    return HydratedCallButton;
                })();

                return HydratedTemplateButton;
            })();

            v1.Translations = (function() {

                /**
                 * Properties of a Translations.
                 * @typedef {Object} parley.content.v1.Translations.$Properties
                 * @property {Array.<parley.content.v1.LocalizedVariant.$Properties>|null} [variants] Translations variants
                 * @property {string|null} [defaultLg] Translations defaultLg
                 * @property {string|null} [defaultLc] Translations defaultLc
                 * @property {Array.<parley.content.v1.LanguageTag.$Properties>|null} [fallbackChain] Translations fallbackChain
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Translations.
                 * @memberof parley.content.v1
                 * @interface ITranslations
                 * @augments parley.content.v1.Translations.$Properties
                 * @deprecated Use parley.content.v1.Translations.$Properties instead.
                 */

                /**
                 * Shape of a Translations.
                 * @typedef {{
                 *   variants?: Array.<parley.content.v1.LocalizedVariant.$Shape>|null;
                 *   defaultLg?: string|null;
                 *   defaultLc?: string|null;
                 *   fallbackChain?: Array.<parley.content.v1.LanguageTag.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} parley.content.v1.Translations.$Shape
                 */

                /**
                 * Constructs a new Translations.
                 * @memberof parley.content.v1
                 * @classdesc Represents a Translations.
                 * @constructor
                 * @param {parley.content.v1.Translations.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Translations = function (properties) {
                    this.variants = [];
                    this.fallbackChain = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Translations variants.
                 * @member {Array.<parley.content.v1.LocalizedVariant.$Properties>} variants
                 * @memberof parley.content.v1.Translations
                 * @instance
                 */
                Translations.prototype.variants = $util.emptyArray;

                /**
                 * Translations defaultLg.
                 * @member {string} defaultLg
                 * @memberof parley.content.v1.Translations
                 * @instance
                 */
                Translations.prototype.defaultLg = "";

                /**
                 * Translations defaultLc.
                 * @member {string} defaultLc
                 * @memberof parley.content.v1.Translations
                 * @instance
                 */
                Translations.prototype.defaultLc = "";

                /**
                 * Translations fallbackChain.
                 * @member {Array.<parley.content.v1.LanguageTag.$Properties>} fallbackChain
                 * @memberof parley.content.v1.Translations
                 * @instance
                 */
                Translations.prototype.fallbackChain = $util.emptyArray;

                /**
                 * Encodes the specified Translations message. Does not implicitly {@link parley.content.v1.Translations.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.Translations
                 * @static
                 * @param {parley.content.v1.Translations.$Properties} message Translations message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Translations.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.variants != null && message.variants.length)
                        for (let i = 0; i < message.variants.length; ++i)
                            $root.parley.content.v1.LocalizedVariant.encode(message.variants[i], writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.defaultLg != null && $Object.hasOwnProperty.call(message, "defaultLg"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.defaultLg);
                    if (message.defaultLc != null && $Object.hasOwnProperty.call(message, "defaultLc"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.defaultLc);
                    if (message.fallbackChain != null && message.fallbackChain.length)
                        for (let i = 0; i < message.fallbackChain.length; ++i)
                            $root.parley.content.v1.LanguageTag.encode(message.fallbackChain[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Translations message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.Translations
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.Translations & parley.content.v1.Translations.$Shape} Translations
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Translations.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.Translations();
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
                                if (!(message.variants && message.variants.length))
                                    message.variants = [];
                                message.variants.push($root.parley.content.v1.LocalizedVariant.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.defaultLg = reader.string();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.defaultLc = reader.string();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.fallbackChain && message.fallbackChain.length))
                                    message.fallbackChain = [];
                                message.fallbackChain.push($root.parley.content.v1.LanguageTag.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return Translations;
            })();

            v1.LanguageTag = (function() {

                /**
                 * Properties of a LanguageTag.
                 * @typedef {Object} parley.content.v1.LanguageTag.$Properties
                 * @property {string|null} [lg] LanguageTag lg
                 * @property {string|null} [lc] LanguageTag lc
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LanguageTag.
                 * @memberof parley.content.v1
                 * @interface ILanguageTag
                 * @augments parley.content.v1.LanguageTag.$Properties
                 * @deprecated Use parley.content.v1.LanguageTag.$Properties instead.
                 */

                /**
                 * Shape of a LanguageTag.
                 * @typedef {parley.content.v1.LanguageTag.$Properties} parley.content.v1.LanguageTag.$Shape
                 */

                /**
                 * Constructs a new LanguageTag.
                 * @memberof parley.content.v1
                 * @classdesc Represents a LanguageTag.
                 * @constructor
                 * @param {parley.content.v1.LanguageTag.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LanguageTag = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LanguageTag lg.
                 * @member {string} lg
                 * @memberof parley.content.v1.LanguageTag
                 * @instance
                 */
                LanguageTag.prototype.lg = "";

                /**
                 * LanguageTag lc.
                 * @member {string} lc
                 * @memberof parley.content.v1.LanguageTag
                 * @instance
                 */
                LanguageTag.prototype.lc = "";

                /**
                 * Encodes the specified LanguageTag message. Does not implicitly {@link parley.content.v1.LanguageTag.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.LanguageTag
                 * @static
                 * @param {parley.content.v1.LanguageTag.$Properties} message LanguageTag message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LanguageTag.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lg != null && $Object.hasOwnProperty.call(message, "lg"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.lg);
                    if (message.lc != null && $Object.hasOwnProperty.call(message, "lc"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.lc);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LanguageTag message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.LanguageTag
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.LanguageTag & parley.content.v1.LanguageTag.$Shape} LanguageTag
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LanguageTag.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.LanguageTag();
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
                                message.lg = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.lc = reader.string();
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

                return LanguageTag;
            })();

            v1.LocalizedVariant = (function() {

                /**
                 * Properties of a LocalizedVariant.
                 * @typedef {Object} parley.content.v1.LocalizedVariant.$Properties
                 * @property {string|null} [lg] LocalizedVariant lg
                 * @property {string|null} [lc] LocalizedVariant lc
                 * @property {parley.content.v1.Content.$Properties|null} [content] LocalizedVariant content
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LocalizedVariant.
                 * @memberof parley.content.v1
                 * @interface ILocalizedVariant
                 * @augments parley.content.v1.LocalizedVariant.$Properties
                 * @deprecated Use parley.content.v1.LocalizedVariant.$Properties instead.
                 */

                /**
                 * Shape of a LocalizedVariant.
                 * @typedef {{
                 *   lg?: string|null;
                 *   lc?: string|null;
                 *   content?: parley.content.v1.Content.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} parley.content.v1.LocalizedVariant.$Shape
                 */

                /**
                 * Constructs a new LocalizedVariant.
                 * @memberof parley.content.v1
                 * @classdesc Represents a LocalizedVariant.
                 * @constructor
                 * @param {parley.content.v1.LocalizedVariant.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LocalizedVariant = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LocalizedVariant lg.
                 * @member {string} lg
                 * @memberof parley.content.v1.LocalizedVariant
                 * @instance
                 */
                LocalizedVariant.prototype.lg = "";

                /**
                 * LocalizedVariant lc.
                 * @member {string} lc
                 * @memberof parley.content.v1.LocalizedVariant
                 * @instance
                 */
                LocalizedVariant.prototype.lc = "";

                /**
                 * LocalizedVariant content.
                 * @member {parley.content.v1.Content.$Properties|null|undefined} content
                 * @memberof parley.content.v1.LocalizedVariant
                 * @instance
                 */
                LocalizedVariant.prototype.content = null;

                /**
                 * Encodes the specified LocalizedVariant message. Does not implicitly {@link parley.content.v1.LocalizedVariant.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.LocalizedVariant
                 * @static
                 * @param {parley.content.v1.LocalizedVariant.$Properties} message LocalizedVariant message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LocalizedVariant.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.lg != null && $Object.hasOwnProperty.call(message, "lg"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.lg);
                    if (message.lc != null && $Object.hasOwnProperty.call(message, "lc"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.lc);
                    if (message.content != null && $Object.hasOwnProperty.call(message, "content"))
                        $root.parley.content.v1.Content.encode(message.content, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LocalizedVariant message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.LocalizedVariant
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.LocalizedVariant & parley.content.v1.LocalizedVariant.$Shape} LocalizedVariant
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LocalizedVariant.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.LocalizedVariant();
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
                                message.lg = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.lc = reader.string();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.content = $root.parley.content.v1.Content.decode(reader, reader.size(), $undefined, _depth + 1, message.content);
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

                return LocalizedVariant;
            })();

            v1.Receipt = (function() {

                /**
                 * Properties of a Receipt.
                 * @typedef {Object} parley.content.v1.Receipt.$Properties
                 * @property {parley.content.v1.Receipt.Type|null} [type] Receipt type
                 * @property {Array.<string>|null} [messageIds] Receipt messageIds
                 * @property {number|null} [timestampMs] Receipt timestampMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Receipt.
                 * @memberof parley.content.v1
                 * @interface IReceipt
                 * @augments parley.content.v1.Receipt.$Properties
                 * @deprecated Use parley.content.v1.Receipt.$Properties instead.
                 */

                /**
                 * Shape of a Receipt.
                 * @typedef {parley.content.v1.Receipt.$Properties} parley.content.v1.Receipt.$Shape
                 */

                /**
                 * Constructs a new Receipt.
                 * @memberof parley.content.v1
                 * @classdesc Represents a Receipt.
                 * @constructor
                 * @param {parley.content.v1.Receipt.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Receipt = function (properties) {
                    this.messageIds = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Receipt type.
                 * @member {parley.content.v1.Receipt.Type} type
                 * @memberof parley.content.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.type = 1;

                /**
                 * Receipt messageIds.
                 * @member {Array.<string>} messageIds
                 * @memberof parley.content.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.messageIds = $util.emptyArray;

                /**
                 * Receipt timestampMs.
                 * @member {number} timestampMs
                 * @memberof parley.content.v1.Receipt
                 * @instance
                 */
                Receipt.prototype.timestampMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

                /**
                 * Encodes the specified Receipt message. Does not implicitly {@link parley.content.v1.Receipt.verify|verify} messages.
                 * @function encode
                 * @memberof parley.content.v1.Receipt
                 * @static
                 * @param {parley.content.v1.Receipt.$Properties} message Receipt message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Receipt.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                        writer.uint32(/* id 1, wireType 0 =*/8).int32(message.type);
                    if (message.messageIds != null && message.messageIds.length)
                        for (let i = 0; i < message.messageIds.length; ++i)
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.messageIds[i]);
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs"))
                        writer.uint32(/* id 3, wireType 0 =*/24).int64(message.timestampMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Receipt message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.content.v1.Receipt
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.content.v1.Receipt & parley.content.v1.Receipt.$Shape} Receipt
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Receipt.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.content.v1.Receipt();
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
                                value = reader.int32();
                                if ($root.parley.content.v1.Receipt.Type[value] !== $undefined)
                                    message.type = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.messageIds && message.messageIds.length))
                                    message.messageIds = [];
                                message.messageIds.push(reader.string());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.timestampMs = reader.int64();
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

                /**
                 * Type enum.
                 * @name parley.content.v1.Receipt.Type
                 * @enum {number}
                 * @property {number} DELIVERED=1 DELIVERED value
                 * @property {number} READ=2 READ value
                 */
                Receipt.Type = (function() {
                    const valuesById = $Object.create(null), values = $Object.create(valuesById);
                    values[valuesById[1] = "DELIVERED"] = 1;
                    values[valuesById[2] = "READ"] = 2;
                    return values;
                })();

                return Receipt;
            })();

            return v1;
        })();

        return content;
    })();

    return parley;
})();

export {
  $root as default
};
