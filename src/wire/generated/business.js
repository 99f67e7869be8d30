/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["parley_business_v1"] || ($protobuf.roots["parley_business_v1"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.business = (function() {

        /**
         * Namespace business.
         * @memberof parley
         * @namespace
         */
        const business = {};

        business.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.business
             * @namespace
             */
            const v1 = {};

            v1.VerifiedNameCertificate = (function() {

                /**
                 * Properties of a VerifiedNameCertificate.
                 * @typedef {Object} parley.business.v1.VerifiedNameCertificate.$Properties
                 * @property {Uint8Array|null} [details] VerifiedNameCertificate details
                 * @property {Uint8Array|null} [signature] VerifiedNameCertificate signature
                 * @property {Uint8Array|null} [serverSignature] VerifiedNameCertificate serverSignature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a VerifiedNameCertificate.
                 * @memberof parley.business.v1
                 * @interface IVerifiedNameCertificate
                 * @augments parley.business.v1.VerifiedNameCertificate.$Properties
                 * @deprecated Use parley.business.v1.VerifiedNameCertificate.$Properties instead.
                 */

                /**
                 * Shape of a VerifiedNameCertificate.
                 * @typedef {parley.business.v1.VerifiedNameCertificate.$Properties} parley.business.v1.VerifiedNameCertificate.$Shape
                 */

                /**
                 * Constructs a new VerifiedNameCertificate.
                 * @memberof parley.business.v1
                 * @classdesc Represents a VerifiedNameCertificate.
                 * @constructor
                 * @param {parley.business.v1.VerifiedNameCertificate.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const VerifiedNameCertificate = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * VerifiedNameCertificate details.
                 * @member {Uint8Array} details
                 * @memberof parley.business.v1.VerifiedNameCertificate
                 * @instance
                 */
                VerifiedNameCertificate.prototype.details = $util.newBuffer([]);

                /**
                 * VerifiedNameCertificate signature.
                 * @member {Uint8Array} signature
                 * @memberof parley.business.v1.VerifiedNameCertificate
                 * @instance
                 */
                VerifiedNameCertificate.prototype.signature = $util.newBuffer([]);

                /**
                 * VerifiedNameCertificate serverSignature.
                 * @member {Uint8Array} serverSignature
                 * @memberof parley.business.v1.VerifiedNameCertificate
                 * @instance
                 */
                VerifiedNameCertificate.prototype.serverSignature = $util.newBuffer([]);

                /**
                 * Encodes the specified VerifiedNameCertificate message. Does not implicitly {@link parley.business.v1.VerifiedNameCertificate.verify|verify} messages.
                 * @function encode
                 * @memberof parley.business.v1.VerifiedNameCertificate
                 * @static
                 * @param {parley.business.v1.VerifiedNameCertificate.$Properties} message VerifiedNameCertificate message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                VerifiedNameCertificate.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.details != null && $Object.hasOwnProperty.call(message, "details"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.details);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                    if (message.serverSignature != null && $Object.hasOwnProperty.call(message, "serverSignature"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.serverSignature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a VerifiedNameCertificate message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.business.v1.VerifiedNameCertificate
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.business.v1.VerifiedNameCertificate & parley.business.v1.VerifiedNameCertificate.$Shape} VerifiedNameCertificate
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                VerifiedNameCertificate.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.business.v1.VerifiedNameCertificate();
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
                                message.details = reader.bytes();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.signature = reader.bytes();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.serverSignature = reader.bytes();
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

                VerifiedNameCertificate.Details = (function() {

                    /**
                     * Properties of a Details.
                     * @typedef {Object} parley.business.v1.VerifiedNameCertificate.Details.$Properties
                     * @property {number|null} [serial] Details serial
                     * @property {string|null} [issuer] Details issuer
                     * @property {string|null} [verifiedName] Details verifiedName
                     * @property {Array.<parley.business.v1.LocalizedName.$Properties>|null} [localizedNames] Details localizedNames
                     * @property {number|null} [issueTime] Details issueTime
                     * @property {number|null} [expiresAtMs] Details expiresAtMs
                     * @property {parley.business.v1.VerificationLevel|null} [level] Details level
                     * @property {boolean|null} [officialPlatform] Details officialPlatform
                     * @property {Array.<string>|null} [templateNamespaces] Details templateNamespaces
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */

                    /**
                     * Properties of a Details.
                     * @memberof parley.business.v1.VerifiedNameCertificate
                     * @interface IDetails
                     * @augments parley.business.v1.VerifiedNameCertificate.Details.$Properties
                     * @deprecated Use parley.business.v1.VerifiedNameCertificate.Details.$Properties instead.
                     */

                    /**
                     * Shape of a Details.
                     * @typedef {parley.business.v1.VerifiedNameCertificate.Details.$Properties} parley.business.v1.VerifiedNameCertificate.Details.$Shape
                     */

                    /**
                     * Constructs a new Details.
                     * @memberof parley.business.v1.VerifiedNameCertificate
                     * @classdesc Represents a Details.
                     * @constructor
                     * @param {parley.business.v1.VerifiedNameCertificate.Details.$Properties=} [properties] Properties to set
                     * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                     */
                    const Details = function (properties) {
                        this.localizedNames = [];
                        this.templateNamespaces = [];
                        if (properties)
                            for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                                if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                    this[keys[i]] = properties[keys[i]];
                    };

                    /**
                     * Details serial.
                     * @member {number} serial
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.serial = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Details issuer.
                     * @member {string} issuer
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.issuer = "";

                    /**
                     * Details verifiedName.
                     * @member {string} verifiedName
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.verifiedName = "";

                    /**
                     * Details localizedNames.
                     * @member {Array.<parley.business.v1.LocalizedName.$Properties>} localizedNames
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.localizedNames = $util.emptyArray;

                    /**
                     * Details issueTime.
                     * @member {number} issueTime
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.issueTime = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Details expiresAtMs.
                     * @member {number} expiresAtMs
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                    /**
                     * Details level.
                     * @member {parley.business.v1.VerificationLevel} level
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.level = 0;

                    /**
                     * Details officialPlatform.
                     * @member {boolean} officialPlatform
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.officialPlatform = false;

                    /**
                     * Details templateNamespaces.
                     * @member {Array.<string>} templateNamespaces
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @instance
                     */
                    Details.prototype.templateNamespaces = $util.emptyArray;

                    /**
                     * Encodes the specified Details message. Does not implicitly {@link parley.business.v1.VerifiedNameCertificate.Details.verify|verify} messages.
                     * @function encode
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @static
                     * @param {parley.business.v1.VerifiedNameCertificate.Details.$Properties} message Details message or plain object to encode
                     * @param {$protobuf.Writer} [writer] Writer to encode to
                     * @returns {$protobuf.Writer} Writer
                     */
                    Details.encode = function (message, writer, _depth) {
                        if (!writer)
                            writer = $Writer.create();
                        if (_depth === $undefined)
                            _depth = 0;
                        if (_depth > $util.recursionLimit)
                            throw $Error("max depth exceeded");
                        if (message.serial != null && $Object.hasOwnProperty.call(message, "serial"))
                            writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.serial);
                        if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                            writer.uint32(/* id 2, wireType 2 =*/18).string(message.issuer);
                        if (message.verifiedName != null && $Object.hasOwnProperty.call(message, "verifiedName"))
                            writer.uint32(/* id 4, wireType 2 =*/34).string(message.verifiedName);
                        if (message.localizedNames != null && message.localizedNames.length)
                            for (let i = 0; i < message.localizedNames.length; ++i)
                                $root.parley.business.v1.LocalizedName.encode(message.localizedNames[i], writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                        if (message.issueTime != null && $Object.hasOwnProperty.call(message, "issueTime"))
                            writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.issueTime);
                        if (message.expiresAtMs != null && $Object.hasOwnProperty.call(message, "expiresAtMs"))
                            writer.uint32(/* id 1000, wireType 0 =*/8000).uint64(message.expiresAtMs);
                        if (message.level != null && $Object.hasOwnProperty.call(message, "level"))
                            writer.uint32(/* id 1001, wireType 0 =*/8008).int32(message.level);
                        if (message.officialPlatform != null && $Object.hasOwnProperty.call(message, "officialPlatform"))
                            writer.uint32(/* id 1002, wireType 0 =*/8016).bool(message.officialPlatform);
                        if (message.templateNamespaces != null && message.templateNamespaces.length)
                            for (let i = 0; i < message.templateNamespaces.length; ++i)
                                writer.uint32(/* id 1003, wireType 2 =*/8026).string(message.templateNamespaces[i]);
                        if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                            for (let i = 0; i < message.$unknowns.length; ++i)
                                writer.raw(message.$unknowns[i]);
                        return writer;
                    };

                    /**
                     * Decodes a Details message from the specified reader or buffer.
                     * @function decode
                     * @memberof parley.business.v1.VerifiedNameCertificate.Details
                     * @static
                     * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                     * @param {number} [length] Message length if known beforehand
                     * @returns {parley.business.v1.VerifiedNameCertificate.Details & parley.business.v1.VerifiedNameCertificate.Details.$Shape} Details
                     * @throws {Error} If the payload is not a reader or valid buffer
                     * @throws {$protobuf.util.ProtocolError} If required fields are missing
                     */
                    Details.decode = function (reader, length, _end, _depth, _target) {
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
                        message = _target || new $root.parley.business.v1.VerifiedNameCertificate.Details();
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
                                    message.serial = reader.uint64();
                                    continue;
                                }
                            case 2: {
                                    if (wireType !== 2)
                                        break;
                                    message.issuer = reader.string();
                                    continue;
                                }
                            case 4: {
                                    if (wireType !== 2)
                                        break;
                                    message.verifiedName = reader.string();
                                    continue;
                                }
                            case 8: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.localizedNames && message.localizedNames.length))
                                        message.localizedNames = [];
                                    message.localizedNames.push($root.parley.business.v1.LocalizedName.decode(reader, reader.size(), $undefined, _depth + 1));
                                    continue;
                                }
                            case 10: {
                                    if (wireType !== 0)
                                        break;
                                    message.issueTime = reader.uint64();
                                    continue;
                                }
                            case 1000: {
                                    if (wireType !== 0)
                                        break;
                                    message.expiresAtMs = reader.uint64();
                                    continue;
                                }
                            case 1001: {
                                    if (wireType !== 0)
                                        break;
                                    value = reader.int32();
                                    if ($root.parley.business.v1.VerificationLevel[value] !== $undefined)
                                        message.level = value;
                                    else if (!reader.discardUnknown) {
                                        $util.makeProp(message, "$unknowns", false);
                                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                    }
                                    continue;
                                }
                            case 1002: {
                                    if (wireType !== 0)
                                        break;
                                    message.officialPlatform = reader.bool();
                                    continue;
                                }
                            case 1003: {
                                    if (wireType !== 2)
                                        break;
                                    if (!(message.templateNamespaces && message.templateNamespaces.length))
                                        message.templateNamespaces = [];
                                    message.templateNamespaces.push(reader.string());
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

                    return Details;
                })();

                return VerifiedNameCertificate;
            })();

            v1.LocalizedName = (function() {

                /**
                 * Properties of a LocalizedName.
                 * @typedef {Object} parley.business.v1.LocalizedName.$Properties
                 * @property {string|null} [lg] LocalizedName lg
                 * @property {string|null} [lc] LocalizedName lc
                 * @property {string|null} [verifiedName] LocalizedName verifiedName
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a LocalizedName.
                 * @memberof parley.business.v1
                 * @interface ILocalizedName
                 * @augments parley.business.v1.LocalizedName.$Properties
                 * @deprecated Use parley.business.v1.LocalizedName.$Properties instead.
                 */

                /**
                 * Shape of a LocalizedName.
                 * @typedef {parley.business.v1.LocalizedName.$Properties} parley.business.v1.LocalizedName.$Shape
                 */

                /**
                 * Constructs a new LocalizedName.
                 * @memberof parley.business.v1
                 * @classdesc Represents a LocalizedName.
                 * @constructor
                 * @param {parley.business.v1.LocalizedName.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const LocalizedName = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * LocalizedName lg.
                 * @member {string} lg
                 * @memberof parley.business.v1.LocalizedName
                 * @instance
                 */
                LocalizedName.prototype.lg = "";

                /**
                 * LocalizedName lc.
                 * @member {string} lc
                 * @memberof parley.business.v1.LocalizedName
                 * @instance
                 */
                LocalizedName.prototype.lc = "";

                /**
                 * LocalizedName verifiedName.
                 * @member {string} verifiedName
                 * @memberof parley.business.v1.LocalizedName
                 * @instance
                 */
                LocalizedName.prototype.verifiedName = "";

                /**
                 * Encodes the specified LocalizedName message. Does not implicitly {@link parley.business.v1.LocalizedName.verify|verify} messages.
                 * @function encode
                 * @memberof parley.business.v1.LocalizedName
                 * @static
                 * @param {parley.business.v1.LocalizedName.$Properties} message LocalizedName message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                LocalizedName.encode = function (message, writer, _depth) {
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
                    if (message.verifiedName != null && $Object.hasOwnProperty.call(message, "verifiedName"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.verifiedName);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a LocalizedName message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.business.v1.LocalizedName
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.business.v1.LocalizedName & parley.business.v1.LocalizedName.$Shape} LocalizedName
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                LocalizedName.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.business.v1.LocalizedName();
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
                                message.verifiedName = reader.string();
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

                return LocalizedName;
            })();

            /**
             * VerificationLevel enum.
             * @name parley.business.v1.VerificationLevel
             * @enum {number}
             * @property {number} UNKNOWN=0 UNKNOWN value
             * @property {number} LOW=1 LOW value
             * @property {number} HIGH=2 HIGH value
             */
            v1.VerificationLevel = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "UNKNOWN"] = 0;
                values[valuesById[1] = "LOW"] = 1;
                values[valuesById[2] = "HIGH"] = 2;
                return values;
            })();

            v1.SignedRevocationList = (function() {

                /**
                 * Properties of a SignedRevocationList.
                 * @typedef {Object} parley.business.v1.SignedRevocationList.$Properties
                 * @property {Uint8Array|null} [list] SignedRevocationList list
                 * @property {Uint8Array|null} [signature] SignedRevocationList signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignedRevocationList.
                 * @memberof parley.business.v1
                 * @interface ISignedRevocationList
                 * @augments parley.business.v1.SignedRevocationList.$Properties
                 * @deprecated Use parley.business.v1.SignedRevocationList.$Properties instead.
                 */

                /**
                 * Shape of a SignedRevocationList.
                 * @typedef {parley.business.v1.SignedRevocationList.$Properties} parley.business.v1.SignedRevocationList.$Shape
                 */

                /**
                 * Constructs a new SignedRevocationList.
                 * @memberof parley.business.v1
                 * @classdesc Represents a SignedRevocationList.
                 * @constructor
                 * @param {parley.business.v1.SignedRevocationList.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignedRevocationList = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignedRevocationList list.
                 * @member {Uint8Array} list
                 * @memberof parley.business.v1.SignedRevocationList
                 * @instance
                 */
                SignedRevocationList.prototype.list = $util.newBuffer([]);

                /**
                 * SignedRevocationList signature.
                 * @member {Uint8Array} signature
                 * @memberof parley.business.v1.SignedRevocationList
                 * @instance
                 */
                SignedRevocationList.prototype.signature = $util.newBuffer([]);

                /**
                 * Encodes the specified SignedRevocationList message. Does not implicitly {@link parley.business.v1.SignedRevocationList.verify|verify} messages.
                 * @function encode
                 * @memberof parley.business.v1.SignedRevocationList
                 * @static
                 * @param {parley.business.v1.SignedRevocationList.$Properties} message SignedRevocationList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignedRevocationList.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.list != null && $Object.hasOwnProperty.call(message, "list"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.list);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignedRevocationList message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.business.v1.SignedRevocationList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.business.v1.SignedRevocationList & parley.business.v1.SignedRevocationList.$Shape} SignedRevocationList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignedRevocationList.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.business.v1.SignedRevocationList();
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
                                message.list = reader.bytes();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.signature = reader.bytes();
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

                return SignedRevocationList;
            })();

            v1.RevocationList = (function() {

                /**
                 * Properties of a RevocationList.
                 * @typedef {Object} parley.business.v1.RevocationList.$Properties
                 * @property {string|null} [issuer] RevocationList issuer
                 * @property {Array.<number>|null} [serials] RevocationList serials
                 * @property {number|null} [issuedAtMs] RevocationList issuedAtMs
                 * @property {number|null} [version] RevocationList version
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a RevocationList.
                 * @memberof parley.business.v1
                 * @interface IRevocationList
                 * @augments parley.business.v1.RevocationList.$Properties
                 * @deprecated Use parley.business.v1.RevocationList.$Properties instead.
                 */

                /**
                 * Shape of a RevocationList.
                 * @typedef {parley.business.v1.RevocationList.$Properties} parley.business.v1.RevocationList.$Shape
                 */

                /**
                 * Constructs a new RevocationList.
                 * @memberof parley.business.v1
                 * @classdesc Represents a RevocationList.
                 * @constructor
                 * @param {parley.business.v1.RevocationList.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const RevocationList = function (properties) {
                    this.serials = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * RevocationList issuer.
                 * @member {string} issuer
                 * @memberof parley.business.v1.RevocationList
                 * @instance
                 */
                RevocationList.prototype.issuer = "";

                /**
                 * RevocationList serials.
                 * @member {Array.<number>} serials
                 * @memberof parley.business.v1.RevocationList
                 * @instance
                 */
                RevocationList.prototype.serials = $util.emptyArray;

                /**
                 * RevocationList issuedAtMs.
                 * @member {number} issuedAtMs
                 * @memberof parley.business.v1.RevocationList
                 * @instance
                 */
                RevocationList.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * RevocationList version.
                 * @member {number} version
                 * @memberof parley.business.v1.RevocationList
                 * @instance
                 */
                RevocationList.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified RevocationList message. Does not implicitly {@link parley.business.v1.RevocationList.verify|verify} messages.
                 * @function encode
                 * @memberof parley.business.v1.RevocationList
                 * @static
                 * @param {parley.business.v1.RevocationList.$Properties} message RevocationList message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                RevocationList.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.issuer != null && $Object.hasOwnProperty.call(message, "issuer"))
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.issuer);
                    if (message.serials != null && message.serials.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).uint64s(message.serials);
                    if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.issuedAtMs);
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.version);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a RevocationList message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.business.v1.RevocationList
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.business.v1.RevocationList & parley.business.v1.RevocationList.$Shape} RevocationList
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                RevocationList.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.business.v1.RevocationList();
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
                                message.issuer = reader.string();
                                continue;
                            }
                        case 2: {
                                if (wireType === 2) {
                                    if (!(message.serials && message.serials.length))
                                        message.serials = [];
                                    reader.uint64s(message.serials);
                                    continue;
                                }
                                if (wireType !== 0)
                                    break;
                                if (!(message.serials && message.serials.length))
                                    message.serials = [];
                                message.serials.push(reader.uint64());
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.issuedAtMs = reader.uint64();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.version = reader.uint64();
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

                return RevocationList;
            })();

            v1.SignedBusinessProfile = (function() {

                /**
                 * Properties of a SignedBusinessProfile.
                 * @typedef {Object} parley.business.v1.SignedBusinessProfile.$Properties
                 * @property {Uint8Array|null} [profile] SignedBusinessProfile profile
                 * @property {Uint8Array|null} [signature] SignedBusinessProfile signature
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignedBusinessProfile.
                 * @memberof parley.business.v1
                 * @interface ISignedBusinessProfile
                 * @augments parley.business.v1.SignedBusinessProfile.$Properties
                 * @deprecated Use parley.business.v1.SignedBusinessProfile.$Properties instead.
                 */

                /**
                 * Shape of a SignedBusinessProfile.
                 * @typedef {parley.business.v1.SignedBusinessProfile.$Properties} parley.business.v1.SignedBusinessProfile.$Shape
                 */

                /**
                 * Constructs a new SignedBusinessProfile.
                 * @memberof parley.business.v1
                 * @classdesc Represents a SignedBusinessProfile.
                 * @constructor
                 * @param {parley.business.v1.SignedBusinessProfile.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignedBusinessProfile = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignedBusinessProfile profile.
                 * @member {Uint8Array} profile
                 * @memberof parley.business.v1.SignedBusinessProfile
                 * @instance
                 */
                SignedBusinessProfile.prototype.profile = $util.newBuffer([]);

                /**
                 * SignedBusinessProfile signature.
                 * @member {Uint8Array} signature
                 * @memberof parley.business.v1.SignedBusinessProfile
                 * @instance
                 */
                SignedBusinessProfile.prototype.signature = $util.newBuffer([]);

                /**
                 * Encodes the specified SignedBusinessProfile message. Does not implicitly {@link parley.business.v1.SignedBusinessProfile.verify|verify} messages.
                 * @function encode
                 * @memberof parley.business.v1.SignedBusinessProfile
                 * @static
                 * @param {parley.business.v1.SignedBusinessProfile.$Properties} message SignedBusinessProfile message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignedBusinessProfile.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.profile != null && $Object.hasOwnProperty.call(message, "profile"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.profile);
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.signature);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignedBusinessProfile message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.business.v1.SignedBusinessProfile
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.business.v1.SignedBusinessProfile & parley.business.v1.SignedBusinessProfile.$Shape} SignedBusinessProfile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignedBusinessProfile.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.business.v1.SignedBusinessProfile();
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
                                message.profile = reader.bytes();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.signature = reader.bytes();
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

                return SignedBusinessProfile;
            })();

            v1.BusinessProfile = (function() {

                /**
                 * Properties of a BusinessProfile.
                 * @typedef {Object} parley.business.v1.BusinessProfile.$Properties
                 * @property {number|null} [version] BusinessProfile version
                 * @property {string|null} [about] BusinessProfile about
                 * @property {string|null} [address] BusinessProfile address
                 * @property {string|null} [description] BusinessProfile description
                 * @property {string|null} [email] BusinessProfile email
                 * @property {Array.<string>|null} [websites] BusinessProfile websites
                 * @property {parley.business.v1.Vertical|null} [vertical] BusinessProfile vertical
                 * @property {parley.business.v1.ProfilePhoto.$Properties|null} [photo] BusinessProfile photo
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a BusinessProfile.
                 * @memberof parley.business.v1
                 * @interface IBusinessProfile
                 * @augments parley.business.v1.BusinessProfile.$Properties
                 * @deprecated Use parley.business.v1.BusinessProfile.$Properties instead.
                 */

                /**
                 * Shape of a BusinessProfile.
                 * @typedef {parley.business.v1.BusinessProfile.$Properties} parley.business.v1.BusinessProfile.$Shape
                 */

                /**
                 * Constructs a new BusinessProfile.
                 * @memberof parley.business.v1
                 * @classdesc Represents a BusinessProfile.
                 * @constructor
                 * @param {parley.business.v1.BusinessProfile.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const BusinessProfile = function (properties) {
                    this.websites = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * BusinessProfile version.
                 * @member {number} version
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.version = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * BusinessProfile about.
                 * @member {string} about
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.about = "";

                /**
                 * BusinessProfile address.
                 * @member {string} address
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.address = "";

                /**
                 * BusinessProfile description.
                 * @member {string} description
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.description = "";

                /**
                 * BusinessProfile email.
                 * @member {string} email
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.email = "";

                /**
                 * BusinessProfile websites.
                 * @member {Array.<string>} websites
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.websites = $util.emptyArray;

                /**
                 * BusinessProfile vertical.
                 * @member {parley.business.v1.Vertical} vertical
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.vertical = 0;

                /**
                 * BusinessProfile photo.
                 * @member {parley.business.v1.ProfilePhoto.$Properties|null|undefined} photo
                 * @memberof parley.business.v1.BusinessProfile
                 * @instance
                 */
                BusinessProfile.prototype.photo = null;

                /**
                 * Encodes the specified BusinessProfile message. Does not implicitly {@link parley.business.v1.BusinessProfile.verify|verify} messages.
                 * @function encode
                 * @memberof parley.business.v1.BusinessProfile
                 * @static
                 * @param {parley.business.v1.BusinessProfile.$Properties} message BusinessProfile message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                BusinessProfile.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.version);
                    if (message.about != null && $Object.hasOwnProperty.call(message, "about"))
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.about);
                    if (message.address != null && $Object.hasOwnProperty.call(message, "address"))
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.address);
                    if (message.description != null && $Object.hasOwnProperty.call(message, "description"))
                        writer.uint32(/* id 4, wireType 2 =*/34).string(message.description);
                    if (message.email != null && $Object.hasOwnProperty.call(message, "email"))
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.email);
                    if (message.websites != null && message.websites.length)
                        for (let i = 0; i < message.websites.length; ++i)
                            writer.uint32(/* id 6, wireType 2 =*/50).string(message.websites[i]);
                    if (message.vertical != null && $Object.hasOwnProperty.call(message, "vertical"))
                        writer.uint32(/* id 7, wireType 0 =*/56).int32(message.vertical);
                    if (message.photo != null && $Object.hasOwnProperty.call(message, "photo"))
                        $root.parley.business.v1.ProfilePhoto.encode(message.photo, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a BusinessProfile message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.business.v1.BusinessProfile
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.business.v1.BusinessProfile & parley.business.v1.BusinessProfile.$Shape} BusinessProfile
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                BusinessProfile.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.business.v1.BusinessProfile();
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
                                message.version = reader.uint64();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.about = reader.string();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.address = reader.string();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.description = reader.string();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.email = reader.string();
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.websites && message.websites.length))
                                    message.websites = [];
                                message.websites.push(reader.string());
                                continue;
                            }
                        case 7: {
                                if (wireType !== 0)
                                    break;
                                value = reader.int32();
                                if ($root.parley.business.v1.Vertical[value] !== $undefined)
                                    message.vertical = value;
                                else if (!reader.discardUnknown) {
                                    $util.makeProp(message, "$unknowns", false);
                                    (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                                }
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.photo = $root.parley.business.v1.ProfilePhoto.decode(reader, reader.size(), $undefined, _depth + 1, message.photo);
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

                return BusinessProfile;
            })();

            v1.ProfilePhoto = (function() {

                /**
                 * Properties of a ProfilePhoto.
                 * @typedef {Object} parley.business.v1.ProfilePhoto.$Properties
                 * @property {Uint8Array|null} [sha256] ProfilePhoto sha256
                 * @property {number|null} [width] ProfilePhoto width
                 * @property {number|null} [height] ProfilePhoto height
                 * @property {number|null} [size] ProfilePhoto size
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ProfilePhoto.
                 * @memberof parley.business.v1
                 * @interface IProfilePhoto
                 * @augments parley.business.v1.ProfilePhoto.$Properties
                 * @deprecated Use parley.business.v1.ProfilePhoto.$Properties instead.
                 */

                /**
                 * Shape of a ProfilePhoto.
                 * @typedef {parley.business.v1.ProfilePhoto.$Properties} parley.business.v1.ProfilePhoto.$Shape
                 */

                /**
                 * Constructs a new ProfilePhoto.
                 * @memberof parley.business.v1
                 * @classdesc Represents a ProfilePhoto.
                 * @constructor
                 * @param {parley.business.v1.ProfilePhoto.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ProfilePhoto = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ProfilePhoto sha256.
                 * @member {Uint8Array} sha256
                 * @memberof parley.business.v1.ProfilePhoto
                 * @instance
                 */
                ProfilePhoto.prototype.sha256 = $util.newBuffer([]);

                /**
                 * ProfilePhoto width.
                 * @member {number} width
                 * @memberof parley.business.v1.ProfilePhoto
                 * @instance
                 */
                ProfilePhoto.prototype.width = 0;

                /**
                 * ProfilePhoto height.
                 * @member {number} height
                 * @memberof parley.business.v1.ProfilePhoto
                 * @instance
                 */
                ProfilePhoto.prototype.height = 0;

                /**
                 * ProfilePhoto size.
                 * @member {number} size
                 * @memberof parley.business.v1.ProfilePhoto
                 * @instance
                 */
                ProfilePhoto.prototype.size = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

                /**
                 * Encodes the specified ProfilePhoto message. Does not implicitly {@link parley.business.v1.ProfilePhoto.verify|verify} messages.
                 * @function encode
                 * @memberof parley.business.v1.ProfilePhoto
                 * @static
                 * @param {parley.business.v1.ProfilePhoto.$Properties} message ProfilePhoto message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ProfilePhoto.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sha256 != null && $Object.hasOwnProperty.call(message, "sha256"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.sha256);
                    if (message.width != null && $Object.hasOwnProperty.call(message, "width"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.width);
                    if (message.height != null && $Object.hasOwnProperty.call(message, "height"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.height);
                    if (message.size != null && $Object.hasOwnProperty.call(message, "size"))
                        writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.size);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ProfilePhoto message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.business.v1.ProfilePhoto
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.business.v1.ProfilePhoto & parley.business.v1.ProfilePhoto.$Shape} ProfilePhoto
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ProfilePhoto.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.business.v1.ProfilePhoto();
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
                                message.sha256 = reader.bytes();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.width = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.height = reader.uint32();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 0)
                                    break;
                                message.size = reader.uint64();
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

                return ProfilePhoto;
            })();

            /**
             * Vertical enum.
             * @name parley.business.v1.Vertical
             * @enum {number}
             * @property {number} VERTICAL_UNSPECIFIED=0 VERTICAL_UNSPECIFIED value
             * @property {number} AUTO=1 AUTO value
             * @property {number} BEAUTY=2 BEAUTY value
             * @property {number} APPAREL=3 APPAREL value
             * @property {number} EDU=4 EDU value
             * @property {number} ENTERTAIN=5 ENTERTAIN value
             * @property {number} EVENT_PLAN=6 EVENT_PLAN value
             * @property {number} FINANCE=7 FINANCE value
             * @property {number} GROCERY=8 GROCERY value
             * @property {number} GOVT=9 GOVT value
             * @property {number} HOTEL=10 HOTEL value
             * @property {number} HEALTH=11 HEALTH value
             * @property {number} NONPROFIT=12 NONPROFIT value
             * @property {number} PROF_SERVICES=13 PROF_SERVICES value
             * @property {number} RETAIL=14 RETAIL value
             * @property {number} TRAVEL=15 TRAVEL value
             * @property {number} RESTAURANT=16 RESTAURANT value
             * @property {number} OTHER=17 OTHER value
             */
            v1.Vertical = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "VERTICAL_UNSPECIFIED"] = 0;
                values[valuesById[1] = "AUTO"] = 1;
                values[valuesById[2] = "BEAUTY"] = 2;
                values[valuesById[3] = "APPAREL"] = 3;
                values[valuesById[4] = "EDU"] = 4;
                values[valuesById[5] = "ENTERTAIN"] = 5;
                values[valuesById[6] = "EVENT_PLAN"] = 6;
                values[valuesById[7] = "FINANCE"] = 7;
                values[valuesById[8] = "GROCERY"] = 8;
                values[valuesById[9] = "GOVT"] = 9;
                values[valuesById[10] = "HOTEL"] = 10;
                values[valuesById[11] = "HEALTH"] = 11;
                values[valuesById[12] = "NONPROFIT"] = 12;
                values[valuesById[13] = "PROF_SERVICES"] = 13;
                values[valuesById[14] = "RETAIL"] = 14;
                values[valuesById[15] = "TRAVEL"] = 15;
                values[valuesById[16] = "RESTAURANT"] = 16;
                values[valuesById[17] = "OTHER"] = 17;
                return values;
            })();

            return v1;
        })();

        return business;
    })();

    return parley;
})();

export {
  $root as default
};
