/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["parley_storage_v1"] || ($protobuf.roots["parley_storage_v1"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.storage = (function() {

        /**
         * Namespace storage.
         * @memberof parley
         * @namespace
         */
        const storage = {};

        storage.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.storage
             * @namespace
             */
            const v1 = {};

            v1.ChainKey = (function() {

                /**
                 * Properties of a ChainKey.
                 * @typedef {Object} parley.storage.v1.ChainKey.$Properties
                 * @property {Uint8Array|null} [key] ChainKey key
                 * @property {number|null} [index] ChainKey index
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ChainKey.
                 * @memberof parley.storage.v1
                 * @interface IChainKey
                 * @augments parley.storage.v1.ChainKey.$Properties
                 * @deprecated Use parley.storage.v1.ChainKey.$Properties instead.
                 */

                /**
                 * Shape of a ChainKey.
                 * @typedef {parley.storage.v1.ChainKey.$Properties} parley.storage.v1.ChainKey.$Shape
                 */

                /**
                 * Constructs a new ChainKey.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a ChainKey.
                 * @constructor
                 * @param {parley.storage.v1.ChainKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ChainKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ChainKey key.
                 * @member {Uint8Array} key
                 * @memberof parley.storage.v1.ChainKey
                 * @instance
                 */
                ChainKey.prototype.key = $util.newBuffer([]);

                /**
                 * ChainKey index.
                 * @member {number} index
                 * @memberof parley.storage.v1.ChainKey
                 * @instance
                 */
                ChainKey.prototype.index = 0;

                /**
                 * Encodes the specified ChainKey message. Does not implicitly {@link parley.storage.v1.ChainKey.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.ChainKey
                 * @static
                 * @param {parley.storage.v1.ChainKey.$Properties} message ChainKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ChainKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.key != null && $Object.hasOwnProperty.call(message, "key") && message.key.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.key);
                    if (message.index != null && $Object.hasOwnProperty.call(message, "index") && message.index !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.index);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ChainKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.ChainKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.ChainKey & parley.storage.v1.ChainKey.$Shape} ChainKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ChainKey.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.ChainKey();
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
                                    message.key = value;
                                else
                                    delete message.key;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.index = value;
                                else
                                    delete message.index;
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

                return ChainKey;
            })();

            v1.SkippedMessageKey = (function() {

                /**
                 * Properties of a SkippedMessageKey.
                 * @typedef {Object} parley.storage.v1.SkippedMessageKey.$Properties
                 * @property {number|null} [counter] SkippedMessageKey counter
                 * @property {Uint8Array|null} [seed] SkippedMessageKey seed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SkippedMessageKey.
                 * @memberof parley.storage.v1
                 * @interface ISkippedMessageKey
                 * @augments parley.storage.v1.SkippedMessageKey.$Properties
                 * @deprecated Use parley.storage.v1.SkippedMessageKey.$Properties instead.
                 */

                /**
                 * Shape of a SkippedMessageKey.
                 * @typedef {parley.storage.v1.SkippedMessageKey.$Properties} parley.storage.v1.SkippedMessageKey.$Shape
                 */

                /**
                 * Constructs a new SkippedMessageKey.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SkippedMessageKey.
                 * @constructor
                 * @param {parley.storage.v1.SkippedMessageKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SkippedMessageKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SkippedMessageKey counter.
                 * @member {number} counter
                 * @memberof parley.storage.v1.SkippedMessageKey
                 * @instance
                 */
                SkippedMessageKey.prototype.counter = 0;

                /**
                 * SkippedMessageKey seed.
                 * @member {Uint8Array} seed
                 * @memberof parley.storage.v1.SkippedMessageKey
                 * @instance
                 */
                SkippedMessageKey.prototype.seed = $util.newBuffer([]);

                /**
                 * Encodes the specified SkippedMessageKey message. Does not implicitly {@link parley.storage.v1.SkippedMessageKey.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SkippedMessageKey
                 * @static
                 * @param {parley.storage.v1.SkippedMessageKey.$Properties} message SkippedMessageKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SkippedMessageKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.counter != null && $Object.hasOwnProperty.call(message, "counter") && message.counter !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.counter);
                    if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && message.seed.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.seed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SkippedMessageKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SkippedMessageKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SkippedMessageKey & parley.storage.v1.SkippedMessageKey.$Shape} SkippedMessageKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SkippedMessageKey.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SkippedMessageKey();
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
                                    message.counter = value;
                                else
                                    delete message.counter;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.seed = value;
                                else
                                    delete message.seed;
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

                return SkippedMessageKey;
            })();

            v1.SenderChain = (function() {

                /**
                 * Properties of a SenderChain.
                 * @typedef {Object} parley.storage.v1.SenderChain.$Properties
                 * @property {Uint8Array|null} [ratchetPublic] SenderChain ratchetPublic
                 * @property {Uint8Array|null} [ratchetPrivate] SenderChain ratchetPrivate
                 * @property {parley.storage.v1.ChainKey.$Properties|null} [chainKey] SenderChain chainKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SenderChain.
                 * @memberof parley.storage.v1
                 * @interface ISenderChain
                 * @augments parley.storage.v1.SenderChain.$Properties
                 * @deprecated Use parley.storage.v1.SenderChain.$Properties instead.
                 */

                /**
                 * Shape of a SenderChain.
                 * @typedef {parley.storage.v1.SenderChain.$Properties} parley.storage.v1.SenderChain.$Shape
                 */

                /**
                 * Constructs a new SenderChain.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SenderChain.
                 * @constructor
                 * @param {parley.storage.v1.SenderChain.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SenderChain = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SenderChain ratchetPublic.
                 * @member {Uint8Array} ratchetPublic
                 * @memberof parley.storage.v1.SenderChain
                 * @instance
                 */
                SenderChain.prototype.ratchetPublic = $util.newBuffer([]);

                /**
                 * SenderChain ratchetPrivate.
                 * @member {Uint8Array} ratchetPrivate
                 * @memberof parley.storage.v1.SenderChain
                 * @instance
                 */
                SenderChain.prototype.ratchetPrivate = $util.newBuffer([]);

                /**
                 * SenderChain chainKey.
                 * @member {parley.storage.v1.ChainKey.$Properties|null|undefined} chainKey
                 * @memberof parley.storage.v1.SenderChain
                 * @instance
                 */
                SenderChain.prototype.chainKey = null;

                /**
                 * Encodes the specified SenderChain message. Does not implicitly {@link parley.storage.v1.SenderChain.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SenderChain
                 * @static
                 * @param {parley.storage.v1.SenderChain.$Properties} message SenderChain message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SenderChain.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ratchetPublic != null && $Object.hasOwnProperty.call(message, "ratchetPublic") && message.ratchetPublic.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ratchetPublic);
                    if (message.ratchetPrivate != null && $Object.hasOwnProperty.call(message, "ratchetPrivate") && message.ratchetPrivate.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.ratchetPrivate);
                    if (message.chainKey != null && $Object.hasOwnProperty.call(message, "chainKey"))
                        $root.parley.storage.v1.ChainKey.encode(message.chainKey, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SenderChain message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SenderChain
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SenderChain & parley.storage.v1.SenderChain.$Shape} SenderChain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SenderChain.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SenderChain();
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
                                    message.ratchetPublic = value;
                                else
                                    delete message.ratchetPublic;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.ratchetPrivate = value;
                                else
                                    delete message.ratchetPrivate;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.chainKey = $root.parley.storage.v1.ChainKey.decode(reader, reader.size(), $undefined, _depth + 1, message.chainKey);
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

                return SenderChain;
            })();

            v1.ReceiverChain = (function() {

                /**
                 * Properties of a ReceiverChain.
                 * @typedef {Object} parley.storage.v1.ReceiverChain.$Properties
                 * @property {Uint8Array|null} [ratchetPublic] ReceiverChain ratchetPublic
                 * @property {parley.storage.v1.ChainKey.$Properties|null} [chainKey] ReceiverChain chainKey
                 * @property {Array.<parley.storage.v1.SkippedMessageKey.$Properties>|null} [skipped] ReceiverChain skipped
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a ReceiverChain.
                 * @memberof parley.storage.v1
                 * @interface IReceiverChain
                 * @augments parley.storage.v1.ReceiverChain.$Properties
                 * @deprecated Use parley.storage.v1.ReceiverChain.$Properties instead.
                 */

                /**
                 * Shape of a ReceiverChain.
                 * @typedef {parley.storage.v1.ReceiverChain.$Properties} parley.storage.v1.ReceiverChain.$Shape
                 */

                /**
                 * Constructs a new ReceiverChain.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a ReceiverChain.
                 * @constructor
                 * @param {parley.storage.v1.ReceiverChain.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const ReceiverChain = function (properties) {
                    this.skipped = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * ReceiverChain ratchetPublic.
                 * @member {Uint8Array} ratchetPublic
                 * @memberof parley.storage.v1.ReceiverChain
                 * @instance
                 */
                ReceiverChain.prototype.ratchetPublic = $util.newBuffer([]);

                /**
                 * ReceiverChain chainKey.
                 * @member {parley.storage.v1.ChainKey.$Properties|null|undefined} chainKey
                 * @memberof parley.storage.v1.ReceiverChain
                 * @instance
                 */
                ReceiverChain.prototype.chainKey = null;

                /**
                 * ReceiverChain skipped.
                 * @member {Array.<parley.storage.v1.SkippedMessageKey.$Properties>} skipped
                 * @memberof parley.storage.v1.ReceiverChain
                 * @instance
                 */
                ReceiverChain.prototype.skipped = $util.emptyArray;

                /**
                 * Encodes the specified ReceiverChain message. Does not implicitly {@link parley.storage.v1.ReceiverChain.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.ReceiverChain
                 * @static
                 * @param {parley.storage.v1.ReceiverChain.$Properties} message ReceiverChain message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                ReceiverChain.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ratchetPublic != null && $Object.hasOwnProperty.call(message, "ratchetPublic") && message.ratchetPublic.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ratchetPublic);
                    if (message.chainKey != null && $Object.hasOwnProperty.call(message, "chainKey"))
                        $root.parley.storage.v1.ChainKey.encode(message.chainKey, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.skipped != null && message.skipped.length)
                        for (let i = 0; i < message.skipped.length; ++i)
                            $root.parley.storage.v1.SkippedMessageKey.encode(message.skipped[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a ReceiverChain message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.ReceiverChain
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.ReceiverChain & parley.storage.v1.ReceiverChain.$Shape} ReceiverChain
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                ReceiverChain.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.ReceiverChain();
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
                                    message.ratchetPublic = value;
                                else
                                    delete message.ratchetPublic;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.chainKey = $root.parley.storage.v1.ChainKey.decode(reader, reader.size(), $undefined, _depth + 1, message.chainKey);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.skipped && message.skipped.length))
                                    message.skipped = [];
                                message.skipped.push($root.parley.storage.v1.SkippedMessageKey.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return ReceiverChain;
            })();

            v1.PendingPreKey = (function() {

                /**
                 * Properties of a PendingPreKey.
                 * @typedef {Object} parley.storage.v1.PendingPreKey.$Properties
                 * @property {boolean|null} [hasPreKeyId] PendingPreKey hasPreKeyId
                 * @property {number|null} [preKeyId] PendingPreKey preKeyId
                 * @property {number|null} [signedPreKeyId] PendingPreKey signedPreKeyId
                 * @property {Uint8Array|null} [baseKey] PendingPreKey baseKey
                 * @property {number|null} [createdAtMs] PendingPreKey createdAtMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PendingPreKey.
                 * @memberof parley.storage.v1
                 * @interface IPendingPreKey
                 * @augments parley.storage.v1.PendingPreKey.$Properties
                 * @deprecated Use parley.storage.v1.PendingPreKey.$Properties instead.
                 */

                /**
                 * Shape of a PendingPreKey.
                 * @typedef {parley.storage.v1.PendingPreKey.$Properties} parley.storage.v1.PendingPreKey.$Shape
                 */

                /**
                 * Constructs a new PendingPreKey.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a PendingPreKey.
                 * @constructor
                 * @param {parley.storage.v1.PendingPreKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PendingPreKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PendingPreKey hasPreKeyId.
                 * @member {boolean} hasPreKeyId
                 * @memberof parley.storage.v1.PendingPreKey
                 * @instance
                 */
                PendingPreKey.prototype.hasPreKeyId = false;

                /**
                 * PendingPreKey preKeyId.
                 * @member {number} preKeyId
                 * @memberof parley.storage.v1.PendingPreKey
                 * @instance
                 */
                PendingPreKey.prototype.preKeyId = 0;

                /**
                 * PendingPreKey signedPreKeyId.
                 * @member {number} signedPreKeyId
                 * @memberof parley.storage.v1.PendingPreKey
                 * @instance
                 */
                PendingPreKey.prototype.signedPreKeyId = 0;

                /**
                 * PendingPreKey baseKey.
                 * @member {Uint8Array} baseKey
                 * @memberof parley.storage.v1.PendingPreKey
                 * @instance
                 */
                PendingPreKey.prototype.baseKey = $util.newBuffer([]);

                /**
                 * PendingPreKey createdAtMs.
                 * @member {number} createdAtMs
                 * @memberof parley.storage.v1.PendingPreKey
                 * @instance
                 */
                PendingPreKey.prototype.createdAtMs = 0;

                /**
                 * Encodes the specified PendingPreKey message. Does not implicitly {@link parley.storage.v1.PendingPreKey.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.PendingPreKey
                 * @static
                 * @param {parley.storage.v1.PendingPreKey.$Properties} message PendingPreKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PendingPreKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.hasPreKeyId != null && $Object.hasOwnProperty.call(message, "hasPreKeyId") && message.hasPreKeyId !== false)
                        writer.uint32(/* id 1, wireType 0 =*/8).bool(message.hasPreKeyId);
                    if (message.preKeyId != null && $Object.hasOwnProperty.call(message, "preKeyId") && message.preKeyId !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.preKeyId);
                    if (message.signedPreKeyId != null && $Object.hasOwnProperty.call(message, "signedPreKeyId") && message.signedPreKeyId !== 0)
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.signedPreKeyId);
                    if (message.baseKey != null && $Object.hasOwnProperty.call(message, "baseKey") && message.baseKey.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.baseKey);
                    if (message.createdAtMs != null && $Object.hasOwnProperty.call(message, "createdAtMs") && !$Object.is(message.createdAtMs, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.createdAtMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PendingPreKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.PendingPreKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.PendingPreKey & parley.storage.v1.PendingPreKey.$Shape} PendingPreKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PendingPreKey.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.PendingPreKey();
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
                                if (value = reader.bool())
                                    message.hasPreKeyId = value;
                                else
                                    delete message.hasPreKeyId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.preKeyId = value;
                                else
                                    delete message.preKeyId;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.signedPreKeyId = value;
                                else
                                    delete message.signedPreKeyId;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.baseKey = value;
                                else
                                    delete message.baseKey;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 1)
                                    break;
                                if (!$Object.is(value = reader.double(), 0))
                                    message.createdAtMs = value;
                                else
                                    delete message.createdAtMs;
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

                return PendingPreKey;
            })();

            v1.SessionState = (function() {

                /**
                 * Properties of a SessionState.
                 * @typedef {Object} parley.storage.v1.SessionState.$Properties
                 * @property {number|null} [sessionVersion] SessionState sessionVersion
                 * @property {Uint8Array|null} [localIdentityKey] SessionState localIdentityKey
                 * @property {Uint8Array|null} [remoteIdentityKey] SessionState remoteIdentityKey
                 * @property {Uint8Array|null} [rootKey] SessionState rootKey
                 * @property {number|null} [previousCounter] SessionState previousCounter
                 * @property {parley.storage.v1.SenderChain.$Properties|null} [senderChain] SessionState senderChain
                 * @property {Array.<parley.storage.v1.ReceiverChain.$Properties>|null} [receiverChains] SessionState receiverChains
                 * @property {parley.storage.v1.PendingPreKey.$Properties|null} [pendingPreKey] SessionState pendingPreKey
                 * @property {number|null} [localRegistrationId] SessionState localRegistrationId
                 * @property {number|null} [remoteRegistrationId] SessionState remoteRegistrationId
                 * @property {Uint8Array|null} [aliceBaseKey] SessionState aliceBaseKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionState.
                 * @memberof parley.storage.v1
                 * @interface ISessionState
                 * @augments parley.storage.v1.SessionState.$Properties
                 * @deprecated Use parley.storage.v1.SessionState.$Properties instead.
                 */

                /**
                 * Shape of a SessionState.
                 * @typedef {parley.storage.v1.SessionState.$Properties} parley.storage.v1.SessionState.$Shape
                 */

                /**
                 * Constructs a new SessionState.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SessionState.
                 * @constructor
                 * @param {parley.storage.v1.SessionState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionState = function (properties) {
                    this.receiverChains = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionState sessionVersion.
                 * @member {number} sessionVersion
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.sessionVersion = 0;

                /**
                 * SessionState localIdentityKey.
                 * @member {Uint8Array} localIdentityKey
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.localIdentityKey = $util.newBuffer([]);

                /**
                 * SessionState remoteIdentityKey.
                 * @member {Uint8Array} remoteIdentityKey
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.remoteIdentityKey = $util.newBuffer([]);

                /**
                 * SessionState rootKey.
                 * @member {Uint8Array} rootKey
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.rootKey = $util.newBuffer([]);

                /**
                 * SessionState previousCounter.
                 * @member {number} previousCounter
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.previousCounter = 0;

                /**
                 * SessionState senderChain.
                 * @member {parley.storage.v1.SenderChain.$Properties|null|undefined} senderChain
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.senderChain = null;

                /**
                 * SessionState receiverChains.
                 * @member {Array.<parley.storage.v1.ReceiverChain.$Properties>} receiverChains
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.receiverChains = $util.emptyArray;

                /**
                 * SessionState pendingPreKey.
                 * @member {parley.storage.v1.PendingPreKey.$Properties|null|undefined} pendingPreKey
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.pendingPreKey = null;

                /**
                 * SessionState localRegistrationId.
                 * @member {number} localRegistrationId
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.localRegistrationId = 0;

                /**
                 * SessionState remoteRegistrationId.
                 * @member {number} remoteRegistrationId
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.remoteRegistrationId = 0;

                /**
                 * SessionState aliceBaseKey.
                 * @member {Uint8Array} aliceBaseKey
                 * @memberof parley.storage.v1.SessionState
                 * @instance
                 */
                SessionState.prototype.aliceBaseKey = $util.newBuffer([]);

                /**
                 * Encodes the specified SessionState message. Does not implicitly {@link parley.storage.v1.SessionState.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SessionState
                 * @static
                 * @param {parley.storage.v1.SessionState.$Properties} message SessionState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.sessionVersion != null && $Object.hasOwnProperty.call(message, "sessionVersion") && message.sessionVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.sessionVersion);
                    if (message.localIdentityKey != null && $Object.hasOwnProperty.call(message, "localIdentityKey") && message.localIdentityKey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.localIdentityKey);
                    if (message.remoteIdentityKey != null && $Object.hasOwnProperty.call(message, "remoteIdentityKey") && message.remoteIdentityKey.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.remoteIdentityKey);
                    if (message.rootKey != null && $Object.hasOwnProperty.call(message, "rootKey") && message.rootKey.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.rootKey);
                    if (message.previousCounter != null && $Object.hasOwnProperty.call(message, "previousCounter") && message.previousCounter !== 0)
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.previousCounter);
                    if (message.senderChain != null && $Object.hasOwnProperty.call(message, "senderChain"))
                        $root.parley.storage.v1.SenderChain.encode(message.senderChain, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.receiverChains != null && message.receiverChains.length)
                        for (let i = 0; i < message.receiverChains.length; ++i)
                            $root.parley.storage.v1.ReceiverChain.encode(message.receiverChains[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                    if (message.pendingPreKey != null && $Object.hasOwnProperty.call(message, "pendingPreKey"))
                        $root.parley.storage.v1.PendingPreKey.encode(message.pendingPreKey, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                    if (message.localRegistrationId != null && $Object.hasOwnProperty.call(message, "localRegistrationId") && message.localRegistrationId !== 0)
                        writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.localRegistrationId);
                    if (message.remoteRegistrationId != null && $Object.hasOwnProperty.call(message, "remoteRegistrationId") && message.remoteRegistrationId !== 0)
                        writer.uint32(/* id 10, wireType 0 =*/80).uint32(message.remoteRegistrationId);
                    if (message.aliceBaseKey != null && $Object.hasOwnProperty.call(message, "aliceBaseKey") && message.aliceBaseKey.length)
                        writer.uint32(/* id 11, wireType 2 =*/90).bytes(message.aliceBaseKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionState message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SessionState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SessionState & parley.storage.v1.SessionState.$Shape} SessionState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SessionState();
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
                                    message.sessionVersion = value;
                                else
                                    delete message.sessionVersion;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.localIdentityKey = value;
                                else
                                    delete message.localIdentityKey;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.remoteIdentityKey = value;
                                else
                                    delete message.remoteIdentityKey;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.rootKey = value;
                                else
                                    delete message.rootKey;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.previousCounter = value;
                                else
                                    delete message.previousCounter;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                message.senderChain = $root.parley.storage.v1.SenderChain.decode(reader, reader.size(), $undefined, _depth + 1, message.senderChain);
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.receiverChains && message.receiverChains.length))
                                    message.receiverChains = [];
                                message.receiverChains.push($root.parley.storage.v1.ReceiverChain.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 8: {
                                if (wireType !== 2)
                                    break;
                                message.pendingPreKey = $root.parley.storage.v1.PendingPreKey.decode(reader, reader.size(), $undefined, _depth + 1, message.pendingPreKey);
                                continue;
                            }
                        case 9: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.localRegistrationId = value;
                                else
                                    delete message.localRegistrationId;
                                continue;
                            }
                        case 10: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.remoteRegistrationId = value;
                                else
                                    delete message.remoteRegistrationId;
                                continue;
                            }
                        case 11: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.aliceBaseKey = value;
                                else
                                    delete message.aliceBaseKey;
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

                return SessionState;
            })();

            v1.SessionRecord = (function() {

                /**
                 * Properties of a SessionRecord.
                 * @typedef {Object} parley.storage.v1.SessionRecord.$Properties
                 * @property {number|null} [formatVersion] SessionRecord formatVersion
                 * @property {parley.storage.v1.SessionState.$Properties|null} [current] SessionRecord current
                 * @property {Array.<parley.storage.v1.SessionState.$Properties>|null} [archived] SessionRecord archived
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SessionRecord.
                 * @memberof parley.storage.v1
                 * @interface ISessionRecord
                 * @augments parley.storage.v1.SessionRecord.$Properties
                 * @deprecated Use parley.storage.v1.SessionRecord.$Properties instead.
                 */

                /**
                 * Shape of a SessionRecord.
                 * @typedef {parley.storage.v1.SessionRecord.$Properties} parley.storage.v1.SessionRecord.$Shape
                 */

                /**
                 * Constructs a new SessionRecord.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SessionRecord.
                 * @constructor
                 * @param {parley.storage.v1.SessionRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SessionRecord = function (properties) {
                    this.archived = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SessionRecord formatVersion.
                 * @member {number} formatVersion
                 * @memberof parley.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.formatVersion = 0;

                /**
                 * SessionRecord current.
                 * @member {parley.storage.v1.SessionState.$Properties|null|undefined} current
                 * @memberof parley.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.current = null;

                /**
                 * SessionRecord archived.
                 * @member {Array.<parley.storage.v1.SessionState.$Properties>} archived
                 * @memberof parley.storage.v1.SessionRecord
                 * @instance
                 */
                SessionRecord.prototype.archived = $util.emptyArray;

                /**
                 * Encodes the specified SessionRecord message. Does not implicitly {@link parley.storage.v1.SessionRecord.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SessionRecord
                 * @static
                 * @param {parley.storage.v1.SessionRecord.$Properties} message SessionRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SessionRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.current != null && $Object.hasOwnProperty.call(message, "current"))
                        $root.parley.storage.v1.SessionState.encode(message.current, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.archived != null && message.archived.length)
                        for (let i = 0; i < message.archived.length; ++i)
                            $root.parley.storage.v1.SessionState.encode(message.archived[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SessionRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SessionRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SessionRecord & parley.storage.v1.SessionRecord.$Shape} SessionRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SessionRecord.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SessionRecord();
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
                                message.current = $root.parley.storage.v1.SessionState.decode(reader, reader.size(), $undefined, _depth + 1, message.current);
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.archived && message.archived.length))
                                    message.archived = [];
                                message.archived.push($root.parley.storage.v1.SessionState.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return SessionRecord;
            })();

            v1.KeyPairRecord = (function() {

                /**
                 * Properties of a KeyPairRecord.
                 * @typedef {Object} parley.storage.v1.KeyPairRecord.$Properties
                 * @property {Uint8Array|null} [publicKey] KeyPairRecord publicKey
                 * @property {Uint8Array|null} [privateKey] KeyPairRecord privateKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a KeyPairRecord.
                 * @memberof parley.storage.v1
                 * @interface IKeyPairRecord
                 * @augments parley.storage.v1.KeyPairRecord.$Properties
                 * @deprecated Use parley.storage.v1.KeyPairRecord.$Properties instead.
                 */

                /**
                 * Shape of a KeyPairRecord.
                 * @typedef {parley.storage.v1.KeyPairRecord.$Properties} parley.storage.v1.KeyPairRecord.$Shape
                 */

                /**
                 * Constructs a new KeyPairRecord.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a KeyPairRecord.
                 * @constructor
                 * @param {parley.storage.v1.KeyPairRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const KeyPairRecord = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * KeyPairRecord publicKey.
                 * @member {Uint8Array} publicKey
                 * @memberof parley.storage.v1.KeyPairRecord
                 * @instance
                 */
                KeyPairRecord.prototype.publicKey = $util.newBuffer([]);

                /**
                 * KeyPairRecord privateKey.
                 * @member {Uint8Array} privateKey
                 * @memberof parley.storage.v1.KeyPairRecord
                 * @instance
                 */
                KeyPairRecord.prototype.privateKey = $util.newBuffer([]);

                /**
                 * Encodes the specified KeyPairRecord message. Does not implicitly {@link parley.storage.v1.KeyPairRecord.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.KeyPairRecord
                 * @static
                 * @param {parley.storage.v1.KeyPairRecord.$Properties} message KeyPairRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                KeyPairRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.publicKey != null && $Object.hasOwnProperty.call(message, "publicKey") && message.publicKey.length)
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.publicKey);
                    if (message.privateKey != null && $Object.hasOwnProperty.call(message, "privateKey") && message.privateKey.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.privateKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a KeyPairRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.KeyPairRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.KeyPairRecord & parley.storage.v1.KeyPairRecord.$Shape} KeyPairRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                KeyPairRecord.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.KeyPairRecord();
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
                                    message.publicKey = value;
                                else
                                    delete message.publicKey;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.privateKey = value;
                                else
                                    delete message.privateKey;
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

                return KeyPairRecord;
            })();

            v1.PreKeyRecord = (function() {

                /**
                 * Properties of a PreKeyRecord.
                 * @typedef {Object} parley.storage.v1.PreKeyRecord.$Properties
                 * @property {number|null} [formatVersion] PreKeyRecord formatVersion
                 * @property {number|null} [id] PreKeyRecord id
                 * @property {parley.storage.v1.KeyPairRecord.$Properties|null} [keyPair] PreKeyRecord keyPair
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PreKeyRecord.
                 * @memberof parley.storage.v1
                 * @interface IPreKeyRecord
                 * @augments parley.storage.v1.PreKeyRecord.$Properties
                 * @deprecated Use parley.storage.v1.PreKeyRecord.$Properties instead.
                 */

                /**
                 * Shape of a PreKeyRecord.
                 * @typedef {parley.storage.v1.PreKeyRecord.$Properties} parley.storage.v1.PreKeyRecord.$Shape
                 */

                /**
                 * Constructs a new PreKeyRecord.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a PreKeyRecord.
                 * @constructor
                 * @param {parley.storage.v1.PreKeyRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PreKeyRecord = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PreKeyRecord formatVersion.
                 * @member {number} formatVersion
                 * @memberof parley.storage.v1.PreKeyRecord
                 * @instance
                 */
                PreKeyRecord.prototype.formatVersion = 0;

                /**
                 * PreKeyRecord id.
                 * @member {number} id
                 * @memberof parley.storage.v1.PreKeyRecord
                 * @instance
                 */
                PreKeyRecord.prototype.id = 0;

                /**
                 * PreKeyRecord keyPair.
                 * @member {parley.storage.v1.KeyPairRecord.$Properties|null|undefined} keyPair
                 * @memberof parley.storage.v1.PreKeyRecord
                 * @instance
                 */
                PreKeyRecord.prototype.keyPair = null;

                /**
                 * Encodes the specified PreKeyRecord message. Does not implicitly {@link parley.storage.v1.PreKeyRecord.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.PreKeyRecord
                 * @static
                 * @param {parley.storage.v1.PreKeyRecord.$Properties} message PreKeyRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PreKeyRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.id);
                    if (message.keyPair != null && $Object.hasOwnProperty.call(message, "keyPair"))
                        $root.parley.storage.v1.KeyPairRecord.encode(message.keyPair, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PreKeyRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.PreKeyRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.PreKeyRecord & parley.storage.v1.PreKeyRecord.$Shape} PreKeyRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PreKeyRecord.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.PreKeyRecord();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.keyPair = $root.parley.storage.v1.KeyPairRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.keyPair);
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

                return PreKeyRecord;
            })();

            v1.SignedPreKeyRecord = (function() {

                /**
                 * Properties of a SignedPreKeyRecord.
                 * @typedef {Object} parley.storage.v1.SignedPreKeyRecord.$Properties
                 * @property {number|null} [formatVersion] SignedPreKeyRecord formatVersion
                 * @property {number|null} [id] SignedPreKeyRecord id
                 * @property {parley.storage.v1.KeyPairRecord.$Properties|null} [keyPair] SignedPreKeyRecord keyPair
                 * @property {Uint8Array|null} [signature] SignedPreKeyRecord signature
                 * @property {number|null} [timestampMs] SignedPreKeyRecord timestampMs
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignedPreKeyRecord.
                 * @memberof parley.storage.v1
                 * @interface ISignedPreKeyRecord
                 * @augments parley.storage.v1.SignedPreKeyRecord.$Properties
                 * @deprecated Use parley.storage.v1.SignedPreKeyRecord.$Properties instead.
                 */

                /**
                 * Shape of a SignedPreKeyRecord.
                 * @typedef {parley.storage.v1.SignedPreKeyRecord.$Properties} parley.storage.v1.SignedPreKeyRecord.$Shape
                 */

                /**
                 * Constructs a new SignedPreKeyRecord.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SignedPreKeyRecord.
                 * @constructor
                 * @param {parley.storage.v1.SignedPreKeyRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignedPreKeyRecord = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignedPreKeyRecord formatVersion.
                 * @member {number} formatVersion
                 * @memberof parley.storage.v1.SignedPreKeyRecord
                 * @instance
                 */
                SignedPreKeyRecord.prototype.formatVersion = 0;

                /**
                 * SignedPreKeyRecord id.
                 * @member {number} id
                 * @memberof parley.storage.v1.SignedPreKeyRecord
                 * @instance
                 */
                SignedPreKeyRecord.prototype.id = 0;

                /**
                 * SignedPreKeyRecord keyPair.
                 * @member {parley.storage.v1.KeyPairRecord.$Properties|null|undefined} keyPair
                 * @memberof parley.storage.v1.SignedPreKeyRecord
                 * @instance
                 */
                SignedPreKeyRecord.prototype.keyPair = null;

                /**
                 * SignedPreKeyRecord signature.
                 * @member {Uint8Array} signature
                 * @memberof parley.storage.v1.SignedPreKeyRecord
                 * @instance
                 */
                SignedPreKeyRecord.prototype.signature = $util.newBuffer([]);

                /**
                 * SignedPreKeyRecord timestampMs.
                 * @member {number} timestampMs
                 * @memberof parley.storage.v1.SignedPreKeyRecord
                 * @instance
                 */
                SignedPreKeyRecord.prototype.timestampMs = 0;

                /**
                 * Encodes the specified SignedPreKeyRecord message. Does not implicitly {@link parley.storage.v1.SignedPreKeyRecord.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SignedPreKeyRecord
                 * @static
                 * @param {parley.storage.v1.SignedPreKeyRecord.$Properties} message SignedPreKeyRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignedPreKeyRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.id);
                    if (message.keyPair != null && $Object.hasOwnProperty.call(message, "keyPair"))
                        $root.parley.storage.v1.KeyPairRecord.encode(message.keyPair, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                    if (message.signature != null && $Object.hasOwnProperty.call(message, "signature") && message.signature.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signature);
                    if (message.timestampMs != null && $Object.hasOwnProperty.call(message, "timestampMs") && !$Object.is(message.timestampMs, 0))
                        writer.uint32(/* id 5, wireType 1 =*/41).double(message.timestampMs);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignedPreKeyRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SignedPreKeyRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SignedPreKeyRecord & parley.storage.v1.SignedPreKeyRecord.$Shape} SignedPreKeyRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignedPreKeyRecord.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SignedPreKeyRecord();
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
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.id = value;
                                else
                                    delete message.id;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.keyPair = $root.parley.storage.v1.KeyPairRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.keyPair);
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signature = value;
                                else
                                    delete message.signature;
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

                return SignedPreKeyRecord;
            })();

            v1.IdentityKeyPairRecord = (function() {

                /**
                 * Properties of an IdentityKeyPairRecord.
                 * @typedef {Object} parley.storage.v1.IdentityKeyPairRecord.$Properties
                 * @property {number|null} [formatVersion] IdentityKeyPairRecord formatVersion
                 * @property {parley.storage.v1.KeyPairRecord.$Properties|null} [keyPair] IdentityKeyPairRecord keyPair
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of an IdentityKeyPairRecord.
                 * @memberof parley.storage.v1
                 * @interface IIdentityKeyPairRecord
                 * @augments parley.storage.v1.IdentityKeyPairRecord.$Properties
                 * @deprecated Use parley.storage.v1.IdentityKeyPairRecord.$Properties instead.
                 */

                /**
                 * Shape of an IdentityKeyPairRecord.
                 * @typedef {parley.storage.v1.IdentityKeyPairRecord.$Properties} parley.storage.v1.IdentityKeyPairRecord.$Shape
                 */

                /**
                 * Constructs a new IdentityKeyPairRecord.
                 * @memberof parley.storage.v1
                 * @classdesc Represents an IdentityKeyPairRecord.
                 * @constructor
                 * @param {parley.storage.v1.IdentityKeyPairRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const IdentityKeyPairRecord = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * IdentityKeyPairRecord formatVersion.
                 * @member {number} formatVersion
                 * @memberof parley.storage.v1.IdentityKeyPairRecord
                 * @instance
                 */
                IdentityKeyPairRecord.prototype.formatVersion = 0;

                /**
                 * IdentityKeyPairRecord keyPair.
                 * @member {parley.storage.v1.KeyPairRecord.$Properties|null|undefined} keyPair
                 * @memberof parley.storage.v1.IdentityKeyPairRecord
                 * @instance
                 */
                IdentityKeyPairRecord.prototype.keyPair = null;

                /**
                 * Encodes the specified IdentityKeyPairRecord message. Does not implicitly {@link parley.storage.v1.IdentityKeyPairRecord.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.IdentityKeyPairRecord
                 * @static
                 * @param {parley.storage.v1.IdentityKeyPairRecord.$Properties} message IdentityKeyPairRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                IdentityKeyPairRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.keyPair != null && $Object.hasOwnProperty.call(message, "keyPair"))
                        $root.parley.storage.v1.KeyPairRecord.encode(message.keyPair, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes an IdentityKeyPairRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.IdentityKeyPairRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.IdentityKeyPairRecord & parley.storage.v1.IdentityKeyPairRecord.$Shape} IdentityKeyPairRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                IdentityKeyPairRecord.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.IdentityKeyPairRecord();
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
                                message.keyPair = $root.parley.storage.v1.KeyPairRecord.decode(reader, reader.size(), $undefined, _depth + 1, message.keyPair);
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

                return IdentityKeyPairRecord;
            })();

            v1.SenderMessageKey = (function() {

                /**
                 * Properties of a SenderMessageKey.
                 * @typedef {Object} parley.storage.v1.SenderMessageKey.$Properties
                 * @property {number|null} [iteration] SenderMessageKey iteration
                 * @property {Uint8Array|null} [seed] SenderMessageKey seed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SenderMessageKey.
                 * @memberof parley.storage.v1
                 * @interface ISenderMessageKey
                 * @augments parley.storage.v1.SenderMessageKey.$Properties
                 * @deprecated Use parley.storage.v1.SenderMessageKey.$Properties instead.
                 */

                /**
                 * Shape of a SenderMessageKey.
                 * @typedef {parley.storage.v1.SenderMessageKey.$Properties} parley.storage.v1.SenderMessageKey.$Shape
                 */

                /**
                 * Constructs a new SenderMessageKey.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SenderMessageKey.
                 * @constructor
                 * @param {parley.storage.v1.SenderMessageKey.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SenderMessageKey = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SenderMessageKey iteration.
                 * @member {number} iteration
                 * @memberof parley.storage.v1.SenderMessageKey
                 * @instance
                 */
                SenderMessageKey.prototype.iteration = 0;

                /**
                 * SenderMessageKey seed.
                 * @member {Uint8Array} seed
                 * @memberof parley.storage.v1.SenderMessageKey
                 * @instance
                 */
                SenderMessageKey.prototype.seed = $util.newBuffer([]);

                /**
                 * Encodes the specified SenderMessageKey message. Does not implicitly {@link parley.storage.v1.SenderMessageKey.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SenderMessageKey
                 * @static
                 * @param {parley.storage.v1.SenderMessageKey.$Properties} message SenderMessageKey message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SenderMessageKey.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.iteration != null && $Object.hasOwnProperty.call(message, "iteration") && message.iteration !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.iteration);
                    if (message.seed != null && $Object.hasOwnProperty.call(message, "seed") && message.seed.length)
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.seed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SenderMessageKey message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SenderMessageKey
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SenderMessageKey & parley.storage.v1.SenderMessageKey.$Shape} SenderMessageKey
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SenderMessageKey.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SenderMessageKey();
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
                                    message.iteration = value;
                                else
                                    delete message.iteration;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.seed = value;
                                else
                                    delete message.seed;
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

                return SenderMessageKey;
            })();

            v1.SenderKeyState = (function() {

                /**
                 * Properties of a SenderKeyState.
                 * @typedef {Object} parley.storage.v1.SenderKeyState.$Properties
                 * @property {number|null} [chainId] SenderKeyState chainId
                 * @property {number|null} [iteration] SenderKeyState iteration
                 * @property {Uint8Array|null} [chainKey] SenderKeyState chainKey
                 * @property {Uint8Array|null} [signingPublic] SenderKeyState signingPublic
                 * @property {Uint8Array|null} [signingPrivate] SenderKeyState signingPrivate
                 * @property {Array.<parley.storage.v1.SenderMessageKey.$Properties>|null} [skipped] SenderKeyState skipped
                 * @property {Uint8Array|null} [signingSeed] SenderKeyState signingSeed
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SenderKeyState.
                 * @memberof parley.storage.v1
                 * @interface ISenderKeyState
                 * @augments parley.storage.v1.SenderKeyState.$Properties
                 * @deprecated Use parley.storage.v1.SenderKeyState.$Properties instead.
                 */

                /**
                 * Shape of a SenderKeyState.
                 * @typedef {parley.storage.v1.SenderKeyState.$Properties} parley.storage.v1.SenderKeyState.$Shape
                 */

                /**
                 * Constructs a new SenderKeyState.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SenderKeyState.
                 * @constructor
                 * @param {parley.storage.v1.SenderKeyState.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SenderKeyState = function (properties) {
                    this.skipped = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SenderKeyState chainId.
                 * @member {number} chainId
                 * @memberof parley.storage.v1.SenderKeyState
                 * @instance
                 */
                SenderKeyState.prototype.chainId = 0;

                /**
                 * SenderKeyState iteration.
                 * @member {number} iteration
                 * @memberof parley.storage.v1.SenderKeyState
                 * @instance
                 */
                SenderKeyState.prototype.iteration = 0;

                /**
                 * SenderKeyState chainKey.
                 * @member {Uint8Array} chainKey
                 * @memberof parley.storage.v1.SenderKeyState
                 * @instance
                 */
                SenderKeyState.prototype.chainKey = $util.newBuffer([]);

                /**
                 * SenderKeyState signingPublic.
                 * @member {Uint8Array} signingPublic
                 * @memberof parley.storage.v1.SenderKeyState
                 * @instance
                 */
                SenderKeyState.prototype.signingPublic = $util.newBuffer([]);

                /**
                 * SenderKeyState signingPrivate.
                 * @member {Uint8Array} signingPrivate
                 * @memberof parley.storage.v1.SenderKeyState
                 * @instance
                 */
                SenderKeyState.prototype.signingPrivate = $util.newBuffer([]);

                /**
                 * SenderKeyState skipped.
                 * @member {Array.<parley.storage.v1.SenderMessageKey.$Properties>} skipped
                 * @memberof parley.storage.v1.SenderKeyState
                 * @instance
                 */
                SenderKeyState.prototype.skipped = $util.emptyArray;

                /**
                 * SenderKeyState signingSeed.
                 * @member {Uint8Array} signingSeed
                 * @memberof parley.storage.v1.SenderKeyState
                 * @instance
                 */
                SenderKeyState.prototype.signingSeed = $util.newBuffer([]);

                /**
                 * Encodes the specified SenderKeyState message. Does not implicitly {@link parley.storage.v1.SenderKeyState.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SenderKeyState
                 * @static
                 * @param {parley.storage.v1.SenderKeyState.$Properties} message SenderKeyState message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SenderKeyState.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId") && message.chainId !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.chainId);
                    if (message.iteration != null && $Object.hasOwnProperty.call(message, "iteration") && message.iteration !== 0)
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.iteration);
                    if (message.chainKey != null && $Object.hasOwnProperty.call(message, "chainKey") && message.chainKey.length)
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.chainKey);
                    if (message.signingPublic != null && $Object.hasOwnProperty.call(message, "signingPublic") && message.signingPublic.length)
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signingPublic);
                    if (message.signingPrivate != null && $Object.hasOwnProperty.call(message, "signingPrivate") && message.signingPrivate.length)
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signingPrivate);
                    if (message.skipped != null && message.skipped.length)
                        for (let i = 0; i < message.skipped.length; ++i)
                            $root.parley.storage.v1.SenderMessageKey.encode(message.skipped[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                    if (message.signingSeed != null && $Object.hasOwnProperty.call(message, "signingSeed") && message.signingSeed.length)
                        writer.uint32(/* id 7, wireType 2 =*/58).bytes(message.signingSeed);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SenderKeyState message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SenderKeyState
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SenderKeyState & parley.storage.v1.SenderKeyState.$Shape} SenderKeyState
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SenderKeyState.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SenderKeyState();
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
                                    message.chainId = value;
                                else
                                    delete message.chainId;
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                if (value = reader.uint32())
                                    message.iteration = value;
                                else
                                    delete message.iteration;
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.chainKey = value;
                                else
                                    delete message.chainKey;
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signingPublic = value;
                                else
                                    delete message.signingPublic;
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signingPrivate = value;
                                else
                                    delete message.signingPrivate;
                                continue;
                            }
                        case 6: {
                                if (wireType !== 2)
                                    break;
                                if (!(message.skipped && message.skipped.length))
                                    message.skipped = [];
                                message.skipped.push($root.parley.storage.v1.SenderMessageKey.decode(reader, reader.size(), $undefined, _depth + 1));
                                continue;
                            }
                        case 7: {
                                if (wireType !== 2)
                                    break;
                                if ((value = reader.bytes()).length)
                                    message.signingSeed = value;
                                else
                                    delete message.signingSeed;
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

                return SenderKeyState;
            })();

            v1.SenderKeyRecord = (function() {

                /**
                 * Properties of a SenderKeyRecord.
                 * @typedef {Object} parley.storage.v1.SenderKeyRecord.$Properties
                 * @property {number|null} [formatVersion] SenderKeyRecord formatVersion
                 * @property {Array.<parley.storage.v1.SenderKeyState.$Properties>|null} [states] SenderKeyRecord states
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SenderKeyRecord.
                 * @memberof parley.storage.v1
                 * @interface ISenderKeyRecord
                 * @augments parley.storage.v1.SenderKeyRecord.$Properties
                 * @deprecated Use parley.storage.v1.SenderKeyRecord.$Properties instead.
                 */

                /**
                 * Shape of a SenderKeyRecord.
                 * @typedef {parley.storage.v1.SenderKeyRecord.$Properties} parley.storage.v1.SenderKeyRecord.$Shape
                 */

                /**
                 * Constructs a new SenderKeyRecord.
                 * @memberof parley.storage.v1
                 * @classdesc Represents a SenderKeyRecord.
                 * @constructor
                 * @param {parley.storage.v1.SenderKeyRecord.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SenderKeyRecord = function (properties) {
                    this.states = [];
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SenderKeyRecord formatVersion.
                 * @member {number} formatVersion
                 * @memberof parley.storage.v1.SenderKeyRecord
                 * @instance
                 */
                SenderKeyRecord.prototype.formatVersion = 0;

                /**
                 * SenderKeyRecord states.
                 * @member {Array.<parley.storage.v1.SenderKeyState.$Properties>} states
                 * @memberof parley.storage.v1.SenderKeyRecord
                 * @instance
                 */
                SenderKeyRecord.prototype.states = $util.emptyArray;

                /**
                 * Encodes the specified SenderKeyRecord message. Does not implicitly {@link parley.storage.v1.SenderKeyRecord.verify|verify} messages.
                 * @function encode
                 * @memberof parley.storage.v1.SenderKeyRecord
                 * @static
                 * @param {parley.storage.v1.SenderKeyRecord.$Properties} message SenderKeyRecord message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SenderKeyRecord.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.formatVersion != null && $Object.hasOwnProperty.call(message, "formatVersion") && message.formatVersion !== 0)
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.formatVersion);
                    if (message.states != null && message.states.length)
                        for (let i = 0; i < message.states.length; ++i)
                            $root.parley.storage.v1.SenderKeyState.encode(message.states[i], writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SenderKeyRecord message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.storage.v1.SenderKeyRecord
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.storage.v1.SenderKeyRecord & parley.storage.v1.SenderKeyRecord.$Shape} SenderKeyRecord
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SenderKeyRecord.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.storage.v1.SenderKeyRecord();
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
                                if (!(message.states && message.states.length))
                                    message.states = [];
                                message.states.push($root.parley.storage.v1.SenderKeyState.decode(reader, reader.size(), $undefined, _depth + 1));
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

                return SenderKeyRecord;
            })();

            return v1;
        })();

        return storage;
    })();

    return parley;
})();

export {
  $root as default
};
