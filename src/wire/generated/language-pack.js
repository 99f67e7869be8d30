/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["parley_language-pack_v1"] || ($protobuf.roots["parley_language-pack_v1"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.languagepack = (function() {

        /**
         * Namespace languagepack.
         * @memberof parley
         * @namespace
         */
        const languagepack = {};

        languagepack.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.languagepack
             * @namespace
             */
            const v1 = {};

            v1.SignedLanguagePack = (function() {

                /**
                 * Properties of a SignedLanguagePack.
                 * @typedef {Object} parley.languagepack.v1.SignedLanguagePack.$Properties
                 * @property {Uint8Array|null} [pack] SignedLanguagePack pack
                 * @property {Uint8Array|null} [signature] SignedLanguagePack signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignedLanguagePack.
                 * @memberof parley.languagepack.v1
                 * @interface ISignedLanguagePack
                 * @augments parley.languagepack.v1.SignedLanguagePack.$Properties
                 * @deprecated Use parley.languagepack.v1.SignedLanguagePack.$Properties instead.
                 */

                /**
                 * Shape of a SignedLanguagePack.
                 * @typedef {parley.languagepack.v1.SignedLanguagePack.$Properties} parley.languagepack.v1.SignedLanguagePack.$Shape
                 */

                /**
                 * Constructs a new SignedLanguagePack.
                 * @memberof parley.languagepack.v1
                 * @classdesc Represents a SignedLanguagePack.
                 * @constructor
                 * @param {parley.languagepack.v1.SignedLanguagePack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignedLanguagePack = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignedLanguagePack pack.
                 * @member {Uint8Array} pack
                 * @memberof parley.languagepack.v1.SignedLanguagePack
                 * @instance
                 */
                SignedLanguagePack.prototype.pack = $util.newBuffer([]);

                /**
                 * SignedLanguagePack signature.
                 * @member {Uint8Array} signature
                 * @memberof parley.languagepack.v1.SignedLanguagePack
                 * @instance
                 */
                SignedLanguagePack.prototype.signature = $util.newBuffer([]);

                /**
                 * Encodes the specified SignedLanguagePack message. Does not implicitly {@link parley.languagepack.v1.SignedLanguagePack.verify|verify} messages.
                 * @function encode
                 * @memberof parley.languagepack.v1.SignedLanguagePack
                 * @static
                 * @param {parley.languagepack.v1.SignedLanguagePack.$Properties} message SignedLanguagePack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignedLanguagePack.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.pack != null && $Object.hasOwnProperty.call(message, "pack") && message.pack.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.pack);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignedLanguagePack message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.languagepack.v1.SignedLanguagePack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.languagepack.v1.SignedLanguagePack & parley.languagepack.v1.SignedLanguagePack.$Shape} SignedLanguagePack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignedLanguagePack.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.languagepack.v1.SignedLanguagePack();
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
                                    message.pack = value;
                                else
                                    delete message.pack;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
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

                return SignedLanguagePack;
            })();

            v1.LanguagePack = (function() {

                /**
                 * Properties of a LanguagePack.
                 * @typedef {Object} parley.languagepack.v1.LanguagePack.$Properties
                 * @property {number|null} [formatVersion] LanguagePack formatVersion
                 * @property {string|null} [namespace] LanguagePack namespace
                 * @property {string|null} [lg] LanguagePack lg
                 * @property {string|null} [lc] LanguagePack lc
                 * @property {number|null} [version] LanguagePack version
                 * @property {number|null} [issuedAtMs] LanguagePack issuedAtMs
                 * @property {Array.<parley.languagepack.v1.Element.$Properties>|null} [elements] LanguagePack elements
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LanguagePack.
                 * @memberof parley.languagepack.v1
                 * @interface ILanguagePack
                 * @augments parley.languagepack.v1.LanguagePack.$Properties
                 * @deprecated Use parley.languagepack.v1.LanguagePack.$Properties instead.
                 */

                /**
                 * Shape of a LanguagePack.
                 * @typedef {{
                 *   formatVersion?: number|null;
                 *   namespace?: string|null;
                 *   lg?: string|null;
                 *   lc?: string|null;
                 *   version?: number|null;
                 *   issuedAtMs?: number|null;
                 *   elements?: Array.<parley.languagepack.v1.Element.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} parley.languagepack.v1.LanguagePack.$Shape
                 */

                /**
                 * Constructs a new LanguagePack.
                 * @memberof parley.languagepack.v1
                 * @classdesc Represents a LanguagePack.
                 * @constructor
                 * @param {parley.languagepack.v1.LanguagePack.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LanguagePack = function (properties) {
                    this.elements = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LanguagePack formatVersion.
                 * @member {number} formatVersion
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @instance
                 */
                LanguagePack.prototype.formatVersion = 0;

                /**
                 * LanguagePack namespace.
                 * @member {string} namespace
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @instance
                 */
                LanguagePack.prototype.namespace = "";

                /**
                 * LanguagePack lg.
                 * @member {string} lg
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @instance
                 */
                LanguagePack.prototype.lg = "";

                /**
                 * LanguagePack lc.
                 * @member {string|null|undefined} lc
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @instance
                 */
                LanguagePack.prototype.lc = null;

                /**
                 * LanguagePack version.
                 * @member {number} version
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @instance
                 */
                LanguagePack.prototype.version = 0;

                /**
                 * LanguagePack issuedAtMs.
                 * @member {number} issuedAtMs
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @instance
                 */
                LanguagePack.prototype.issuedAtMs = 0;

                /**
                 * LanguagePack elements.
                 * @member {Array.<parley.languagepack.v1.Element.$Properties>} elements
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @instance
                 */
                LanguagePack.prototype.elements = $util.emptyArray;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(LanguagePack.prototype, "_lc", {
                    get: $util.oneOfGetter($oneOfFields = ["lc"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified LanguagePack message. Does not implicitly {@link parley.languagepack.v1.LanguagePack.verify|verify} messages.
                 * @function encode
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @static
                 * @param {parley.languagepack.v1.LanguagePack.$Properties} message LanguagePack message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LanguagePack.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.namespace != null && $Object.hasOwnProperty.call(message, "namespace") && message.namespace !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.namespace);
                    if (message.lg != null && $Object.hasOwnProperty.call(message, "lg") && message.lg !== "")
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.lg);
                    if (message.lc != null && $Object.hasOwnProperty.call(message, "lc"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.lc);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.version);
                    if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && !$Object.is(message.issuedAtMs, 0))
                        writer.uint32(/* id 6, wireType 1 =*/49).double(message.issuedAtMs);
                    if (message.elements != null && message.elements.length)
                        for (let i = 0; i < message.elements.length; ++i)
                            $root.parley.languagepack.v1.Element.encode(message.elements[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LanguagePack message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.languagepack.v1.LanguagePack
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.languagepack.v1.LanguagePack & parley.languagepack.v1.LanguagePack.$Shape} LanguagePack
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LanguagePack.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.languagepack.v1.LanguagePack();
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
                                    message.namespace = value;
                                else
                                    delete message.namespace;
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
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.version = value;
                                else
                                    delete message.version;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.issuedAtMs = value;
                                else
                                    delete message.issuedAtMs;
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.elements && message.elements.length))
                                    message.elements = [];
                                message.elements.push($root.parley.languagepack.v1.Element.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return LanguagePack;
            })();

            /**
             * Category enum.
             * @name parley.languagepack.v1.Category
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

            v1.Element = (function() {

                /**
                 * Properties of an Element.
                 * @typedef {Object} parley.languagepack.v1.Element.$Properties
                 * @property {string|null} [name] Element name
                 * @property {parley.languagepack.v1.Category|null} [category] Element category
                 * @property {string|null} [header] Element header
                 * @property {string|null} [body] Element body
                 * @property {string|null} [footer] Element footer
                 * @property {Array.<parley.languagepack.v1.Button.$Properties>|null} [buttons] Element buttons
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an Element.
                 * @memberof parley.languagepack.v1
                 * @interface IElement
                 * @augments parley.languagepack.v1.Element.$Properties
                 * @deprecated Use parley.languagepack.v1.Element.$Properties instead.
                 */

                /**
                 * Shape of an Element.
                 * @typedef {{
                 *   name?: string|null;
                 *   category?: parley.languagepack.v1.Category|null;
                 *   header?: string|null;
                 *   body?: string|null;
                 *   footer?: string|null;
                 *   buttons?: Array.<parley.languagepack.v1.Button.$Shape>|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * }} parley.languagepack.v1.Element.$Shape
                 */

                /**
                 * Constructs a new Element.
                 * @memberof parley.languagepack.v1
                 * @classdesc Represents an Element.
                 * @constructor
                 * @param {parley.languagepack.v1.Element.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Element = function (properties) {
                    this.buttons = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Element name.
                 * @member {string} name
                 * @memberof parley.languagepack.v1.Element
                 * @instance
                 */
                Element.prototype.name = "";

                /**
                 * Element category.
                 * @member {parley.languagepack.v1.Category} category
                 * @memberof parley.languagepack.v1.Element
                 * @instance
                 */
                Element.prototype.category = 0;

                /**
                 * Element header.
                 * @member {string|null|undefined} header
                 * @memberof parley.languagepack.v1.Element
                 * @instance
                 */
                Element.prototype.header = null;

                /**
                 * Element body.
                 * @member {string} body
                 * @memberof parley.languagepack.v1.Element
                 * @instance
                 */
                Element.prototype.body = "";

                /**
                 * Element footer.
                 * @member {string|null|undefined} footer
                 * @memberof parley.languagepack.v1.Element
                 * @instance
                 */
                Element.prototype.footer = null;

                /**
                 * Element buttons.
                 * @member {Array.<parley.languagepack.v1.Button.$Properties>} buttons
                 * @memberof parley.languagepack.v1.Element
                 * @instance
                 */
                Element.prototype.buttons = $util.emptyArray;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Element.prototype, "_header", {
                    get: $util.oneOfGetter($oneOfFields = ["header"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                // Virtual OneOf for proto3 optional field
                $Object.defineProperty(Element.prototype, "_footer", {
                    get: $util.oneOfGetter($oneOfFields = ["footer"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified Element message. Does not implicitly {@link parley.languagepack.v1.Element.verify|verify} messages.
                 * @function encode
                 * @memberof parley.languagepack.v1.Element
                 * @static
                 * @param {parley.languagepack.v1.Element.$Properties} message Element message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Element.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                    if (message.category != null && $Object.hasOwnProperty.call(message, "category") && message.category !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).int32(message.category);
                    if (message.header != null && $Object.hasOwnProperty.call(message, "header"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.header);
                    if (message.body != null && $Object.hasOwnProperty.call(message, "body") && message.body !== "")
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.body);
                    if (message.footer != null && $Object.hasOwnProperty.call(message, "footer"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.footer);
                    if (message.buttons != null && message.buttons.length)
                        for (let i = 0; i < message.buttons.length; ++i)
                            $root.parley.languagepack.v1.Button.encode(message.buttons[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an Element message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.languagepack.v1.Element
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.languagepack.v1.Element & parley.languagepack.v1.Element.$Shape} Element
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Element.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.languagepack.v1.Element();
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
                                if (value = reader.int32())
                                    message.category = value;
                                else
                                    delete message.category;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.header = reader.stringVerify();
                                message._header = "header";
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.body = value;
                                else
                                    delete message.body;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.footer = reader.stringVerify();
                                message._footer = "footer";
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.buttons && message.buttons.length))
                                    message.buttons = [];
                                message.buttons.push($root.parley.languagepack.v1.Button.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return Element;
            })();

            v1.Button = (function() {

                /**
                 * Properties of a Button.
                 * @typedef {Object} parley.languagepack.v1.Button.$Properties
                 * @property {parley.languagepack.v1.QuickReplyButton.$Properties|null} [quickReply] Button quickReply
                 * @property {parley.languagepack.v1.UrlButton.$Properties|null} [url] Button url
                 * @property {parley.languagepack.v1.CallButton.$Properties|null} [call] Button call
                 * @property {"quickReply"|"url"|"call"} [kind] Button kind
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a Button.
                 * @memberof parley.languagepack.v1
                 * @interface IButton
                 * @augments parley.languagepack.v1.Button.$Properties
                 * @deprecated Use parley.languagepack.v1.Button.$Properties instead.
                 */

                /**
                 * Narrowed shape of a Button.
                 * @typedef {{
                 *   quickReply?: parley.languagepack.v1.QuickReplyButton.$Shape|null;
                 *   url?: parley.languagepack.v1.UrlButton.$Shape|null;
                 *   call?: parley.languagepack.v1.CallButton.$Shape|null;
                 *   $unknowns?: Array.<Uint8Array>;
                 * } & (
                 *   ({ kind?: undefined; quickReply?: null; url?: null; call?: null }|{ kind?: "quickReply"; quickReply: parley.languagepack.v1.QuickReplyButton.$Shape; url?: null; call?: null }|{ kind?: "url"; quickReply?: null; url: parley.languagepack.v1.UrlButton.$Shape; call?: null }|{ kind?: "call"; quickReply?: null; url?: null; call: parley.languagepack.v1.CallButton.$Shape })
                 * )} parley.languagepack.v1.Button.$Shape
                 */

                /**
                 * Constructs a new Button.
                 * @memberof parley.languagepack.v1
                 * @classdesc Represents a Button.
                 * @constructor
                 * @param {parley.languagepack.v1.Button.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const Button = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * Button quickReply.
                 * @member {parley.languagepack.v1.QuickReplyButton.$Properties|null|undefined} quickReply
                 * @memberof parley.languagepack.v1.Button
                 * @instance
                 */
                Button.prototype.quickReply = null;

                /**
                 * Button url.
                 * @member {parley.languagepack.v1.UrlButton.$Properties|null|undefined} url
                 * @memberof parley.languagepack.v1.Button
                 * @instance
                 */
                Button.prototype.url = null;

                /**
                 * Button call.
                 * @member {parley.languagepack.v1.CallButton.$Properties|null|undefined} call
                 * @memberof parley.languagepack.v1.Button
                 * @instance
                 */
                Button.prototype.call = null;

                // OneOf field names bound to virtual getters and setters
                let $oneOfFields;

                /**
                 * Button kind.
                 * @member {"quickReply"|"url"|"call"|undefined} kind
                 * @memberof parley.languagepack.v1.Button
                 * @instance
                 */
                $Object.defineProperty(Button.prototype, "kind", {
                    get: $util.oneOfGetter($oneOfFields = ["quickReply", "url", "call"]),
                    set: $util.oneOfSetter($oneOfFields)
                });

                /**
                 * Encodes the specified Button message. Does not implicitly {@link parley.languagepack.v1.Button.verify|verify} messages.
                 * @function encode
                 * @memberof parley.languagepack.v1.Button
                 * @static
                 * @param {parley.languagepack.v1.Button.$Properties} message Button message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                Button.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.quickReply != null && $Object.hasOwnProperty.call(message, "quickReply"))
                        $root.parley.languagepack.v1.QuickReplyButton.encode(message.quickReply, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                    if (message.url != null && $Object.hasOwnProperty.call(message, "url"))
                        $root.parley.languagepack.v1.UrlButton.encode(message.url, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.call != null && $Object.hasOwnProperty.call(message, "call"))
                        $root.parley.languagepack.v1.CallButton.encode(message.call, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a Button message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.languagepack.v1.Button
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.languagepack.v1.Button & parley.languagepack.v1.Button.$Shape} Button
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                Button.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.languagepack.v1.Button();
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
                                message.quickReply = $root.parley.languagepack.v1.QuickReplyButton.decode(reader, reader.size(), $undefined, _depth + 1, message.quickReply);
                                message.kind = "quickReply";
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.url = $root.parley.languagepack.v1.UrlButton.decode(reader, reader.size(), $undefined, _depth + 1, message.url);
                                message.kind = "url";
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.call = $root.parley.languagepack.v1.CallButton.decode(reader, reader.size(), $undefined, _depth + 1, message.call);
                                message.kind = "call";
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

                return Button;
            })();

            v1.QuickReplyButton = (function() {

                /**
                 * Properties of a QuickReplyButton.
                 * @typedef {Object} parley.languagepack.v1.QuickReplyButton.$Properties
                 * @property {string|null} [text] QuickReplyButton text
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a QuickReplyButton.
                 * @memberof parley.languagepack.v1
                 * @interface IQuickReplyButton
                 * @augments parley.languagepack.v1.QuickReplyButton.$Properties
                 * @deprecated Use parley.languagepack.v1.QuickReplyButton.$Properties instead.
                 */

                /**
                 * Shape of a QuickReplyButton.
                 * @typedef {parley.languagepack.v1.QuickReplyButton.$Properties} parley.languagepack.v1.QuickReplyButton.$Shape
                 */

                /**
                 * Constructs a new QuickReplyButton.
                 * @memberof parley.languagepack.v1
                 * @classdesc Represents a QuickReplyButton.
                 * @constructor
                 * @param {parley.languagepack.v1.QuickReplyButton.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const QuickReplyButton = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * QuickReplyButton text.
                 * @member {string} text
                 * @memberof parley.languagepack.v1.QuickReplyButton
                 * @instance
                 */
                QuickReplyButton.prototype.text = "";

                /**
                 * Encodes the specified QuickReplyButton message. Does not implicitly {@link parley.languagepack.v1.QuickReplyButton.verify|verify} messages.
                 * @function encode
                 * @memberof parley.languagepack.v1.QuickReplyButton
                 * @static
                 * @param {parley.languagepack.v1.QuickReplyButton.$Properties} message QuickReplyButton message or plain object to encode
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
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a QuickReplyButton message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.languagepack.v1.QuickReplyButton
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.languagepack.v1.QuickReplyButton & parley.languagepack.v1.QuickReplyButton.$Shape} QuickReplyButton
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
                    message = _target || new $root.parley.languagepack.v1.QuickReplyButton();
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
                                    message.text = value;
                                else
                                    delete message.text;
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

            v1.UrlButton = (function() {

                /**
                 * Properties of an UrlButton.
                 * @typedef {Object} parley.languagepack.v1.UrlButton.$Properties
                 * @property {string|null} [text] UrlButton text
                 * @property {string|null} [url] UrlButton url
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an UrlButton.
                 * @memberof parley.languagepack.v1
                 * @interface IUrlButton
                 * @augments parley.languagepack.v1.UrlButton.$Properties
                 * @deprecated Use parley.languagepack.v1.UrlButton.$Properties instead.
                 */

                /**
                 * Shape of an UrlButton.
                 * @typedef {parley.languagepack.v1.UrlButton.$Properties} parley.languagepack.v1.UrlButton.$Shape
                 */

                /**
                 * Constructs a new UrlButton.
                 * @memberof parley.languagepack.v1
                 * @classdesc Represents an UrlButton.
                 * @constructor
                 * @param {parley.languagepack.v1.UrlButton.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const UrlButton = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * UrlButton text.
                 * @member {string} text
                 * @memberof parley.languagepack.v1.UrlButton
                 * @instance
                 */
                UrlButton.prototype.text = "";

                /**
                 * UrlButton url.
                 * @member {string} url
                 * @memberof parley.languagepack.v1.UrlButton
                 * @instance
                 */
                UrlButton.prototype.url = "";

                /**
                 * Encodes the specified UrlButton message. Does not implicitly {@link parley.languagepack.v1.UrlButton.verify|verify} messages.
                 * @function encode
                 * @memberof parley.languagepack.v1.UrlButton
                 * @static
                 * @param {parley.languagepack.v1.UrlButton.$Properties} message UrlButton message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                UrlButton.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.url != null && $Object.hasOwnProperty.call(message, "url") && message.url !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.url);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an UrlButton message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.languagepack.v1.UrlButton
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.languagepack.v1.UrlButton & parley.languagepack.v1.UrlButton.$Shape} UrlButton
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                UrlButton.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.languagepack.v1.UrlButton();
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
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.url = value;
                                else
                                    delete message.url;
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

                return UrlButton;
            })();

            v1.CallButton = (function() {

                /**
                 * Properties of a CallButton.
                 * @typedef {Object} parley.languagepack.v1.CallButton.$Properties
                 * @property {string|null} [text] CallButton text
                 * @property {string|null} [phoneNumber] CallButton phoneNumber
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a CallButton.
                 * @memberof parley.languagepack.v1
                 * @interface ICallButton
                 * @augments parley.languagepack.v1.CallButton.$Properties
                 * @deprecated Use parley.languagepack.v1.CallButton.$Properties instead.
                 */

                /**
                 * Shape of a CallButton.
                 * @typedef {parley.languagepack.v1.CallButton.$Properties} parley.languagepack.v1.CallButton.$Shape
                 */

                /**
                 * Constructs a new CallButton.
                 * @memberof parley.languagepack.v1
                 * @classdesc Represents a CallButton.
                 * @constructor
                 * @param {parley.languagepack.v1.CallButton.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const CallButton = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * CallButton text.
                 * @member {string} text
                 * @memberof parley.languagepack.v1.CallButton
                 * @instance
                 */
                CallButton.prototype.text = "";

                /**
                 * CallButton phoneNumber.
                 * @member {string} phoneNumber
                 * @memberof parley.languagepack.v1.CallButton
                 * @instance
                 */
                CallButton.prototype.phoneNumber = "";

                /**
                 * Encodes the specified CallButton message. Does not implicitly {@link parley.languagepack.v1.CallButton.verify|verify} messages.
                 * @function encode
                 * @memberof parley.languagepack.v1.CallButton
                 * @static
                 * @param {parley.languagepack.v1.CallButton.$Properties} message CallButton message or plain object to encode
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
                    if (message.text != null && $Object.hasOwnProperty.call(message, "text") && message.text !== "")
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.text);
                    if (message.phoneNumber != null && $Object.hasOwnProperty.call(message, "phoneNumber") && message.phoneNumber !== "")
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.phoneNumber);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a CallButton message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.languagepack.v1.CallButton
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.languagepack.v1.CallButton & parley.languagepack.v1.CallButton.$Shape} CallButton
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
                    message = _target || new $root.parley.languagepack.v1.CallButton();
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
                                    message.text = value;
                                else
                                    delete message.text;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.stringVerify()).length)
                                    message.phoneNumber = value;
                                else
                                    delete message.phoneNumber;
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

            return v1;
        })();

        return languagepack;
    })();

    return parley;
})();

export {
  $root as default
};
