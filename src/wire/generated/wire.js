/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError;

// Exported root namespace
const $root = $protobuf.roots["parley_wire_v1"] || ($protobuf.roots["parley_wire_v1"] = {});

export const parley = $root.parley = (() => {

    /**
     * Namespace parley.
     * @exports parley
     * @namespace
     */
    const parley = {};

    parley.wire = (function() {

        /**
         * Namespace wire.
         * @memberof parley
         * @namespace
         */
        const wire = {};

        wire.v1 = (function() {

            /**
             * Namespace v1.
             * @memberof parley.wire
             * @namespace
             */
            const v1 = {};

            v1.SignalMessage = (function() {

                /**
                 * Properties of a SignalMessage.
                 * @typedef {Object} parley.wire.v1.SignalMessage.$Properties
                 * @property {Uint8Array|null} [ratchetKey] SignalMessage ratchetKey
                 * @property {number|null} [counter] SignalMessage counter
                 * @property {number|null} [previousCounter] SignalMessage previousCounter
                 * @property {Uint8Array|null} [ciphertext] SignalMessage ciphertext
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignalMessage.
                 * @memberof parley.wire.v1
                 * @interface ISignalMessage
                 * @augments parley.wire.v1.SignalMessage.$Properties
                 * @deprecated Use parley.wire.v1.SignalMessage.$Properties instead.
                 */

                /**
                 * Shape of a SignalMessage.
                 * @typedef {parley.wire.v1.SignalMessage.$Properties} parley.wire.v1.SignalMessage.$Shape
                 */

                /**
                 * Constructs a new SignalMessage.
                 * @memberof parley.wire.v1
                 * @classdesc Represents a SignalMessage.
                 * @constructor
                 * @param {parley.wire.v1.SignalMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignalMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignalMessage ratchetKey.
                 * @member {Uint8Array} ratchetKey
                 * @memberof parley.wire.v1.SignalMessage
                 * @instance
                 */
                SignalMessage.prototype.ratchetKey = $util.newBuffer([]);

                /**
                 * SignalMessage counter.
                 * @member {number} counter
                 * @memberof parley.wire.v1.SignalMessage
                 * @instance
                 */
                SignalMessage.prototype.counter = 0;

                /**
                 * SignalMessage previousCounter.
                 * @member {number} previousCounter
                 * @memberof parley.wire.v1.SignalMessage
                 * @instance
                 */
                SignalMessage.prototype.previousCounter = 0;

                /**
                 * SignalMessage ciphertext.
                 * @member {Uint8Array} ciphertext
                 * @memberof parley.wire.v1.SignalMessage
                 * @instance
                 */
                SignalMessage.prototype.ciphertext = $util.newBuffer([]);

                /**
                 * Encodes the specified SignalMessage message. Does not implicitly {@link parley.wire.v1.SignalMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.wire.v1.SignalMessage
                 * @static
                 * @param {parley.wire.v1.SignalMessage.$Properties} message SignalMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignalMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.ratchetKey != null && $Object.hasOwnProperty.call(message, "ratchetKey"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.ratchetKey);
                    if (message.counter != null && $Object.hasOwnProperty.call(message, "counter"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.counter);
                    if (message.previousCounter != null && $Object.hasOwnProperty.call(message, "previousCounter"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.previousCounter);
                    if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ciphertext);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignalMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.wire.v1.SignalMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.wire.v1.SignalMessage & parley.wire.v1.SignalMessage.$Shape} SignalMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignalMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.wire.v1.SignalMessage();
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
                                message.ratchetKey = reader.bytes();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.counter = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.previousCounter = reader.uint32();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.ciphertext = reader.bytes();
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

                return SignalMessage;
            })();

            v1.PreKeySignalMessage = (function() {

                /**
                 * Properties of a PreKeySignalMessage.
                 * @typedef {Object} parley.wire.v1.PreKeySignalMessage.$Properties
                 * @property {number|null} [preKeyId] PreKeySignalMessage preKeyId
                 * @property {Uint8Array|null} [baseKey] PreKeySignalMessage baseKey
                 * @property {Uint8Array|null} [identityKey] PreKeySignalMessage identityKey
                 * @property {Uint8Array|null} [message] PreKeySignalMessage message
                 * @property {number|null} [registrationId] PreKeySignalMessage registrationId
                 * @property {number|null} [signedPreKeyId] PreKeySignalMessage signedPreKeyId
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a PreKeySignalMessage.
                 * @memberof parley.wire.v1
                 * @interface IPreKeySignalMessage
                 * @augments parley.wire.v1.PreKeySignalMessage.$Properties
                 * @deprecated Use parley.wire.v1.PreKeySignalMessage.$Properties instead.
                 */

                /**
                 * Shape of a PreKeySignalMessage.
                 * @typedef {parley.wire.v1.PreKeySignalMessage.$Properties} parley.wire.v1.PreKeySignalMessage.$Shape
                 */

                /**
                 * Constructs a new PreKeySignalMessage.
                 * @memberof parley.wire.v1
                 * @classdesc Represents a PreKeySignalMessage.
                 * @constructor
                 * @param {parley.wire.v1.PreKeySignalMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const PreKeySignalMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * PreKeySignalMessage preKeyId.
                 * @member {number} preKeyId
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @instance
                 */
                PreKeySignalMessage.prototype.preKeyId = 0;

                /**
                 * PreKeySignalMessage baseKey.
                 * @member {Uint8Array} baseKey
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @instance
                 */
                PreKeySignalMessage.prototype.baseKey = $util.newBuffer([]);

                /**
                 * PreKeySignalMessage identityKey.
                 * @member {Uint8Array} identityKey
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @instance
                 */
                PreKeySignalMessage.prototype.identityKey = $util.newBuffer([]);

                /**
                 * PreKeySignalMessage message.
                 * @member {Uint8Array} message
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @instance
                 */
                PreKeySignalMessage.prototype.message = $util.newBuffer([]);

                /**
                 * PreKeySignalMessage registrationId.
                 * @member {number} registrationId
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @instance
                 */
                PreKeySignalMessage.prototype.registrationId = 0;

                /**
                 * PreKeySignalMessage signedPreKeyId.
                 * @member {number} signedPreKeyId
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @instance
                 */
                PreKeySignalMessage.prototype.signedPreKeyId = 0;

                /**
                 * Encodes the specified PreKeySignalMessage message. Does not implicitly {@link parley.wire.v1.PreKeySignalMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @static
                 * @param {parley.wire.v1.PreKeySignalMessage.$Properties} message PreKeySignalMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                PreKeySignalMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.preKeyId != null && $Object.hasOwnProperty.call(message, "preKeyId"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.preKeyId);
                    if (message.baseKey != null && $Object.hasOwnProperty.call(message, "baseKey"))
                        writer.uint32(/* id 2, wireType 2 =*/18).bytes(message.baseKey);
                    if (message.identityKey != null && $Object.hasOwnProperty.call(message, "identityKey"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.identityKey);
                    if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.message);
                    if (message.registrationId != null && $Object.hasOwnProperty.call(message, "registrationId"))
                        writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.registrationId);
                    if (message.signedPreKeyId != null && $Object.hasOwnProperty.call(message, "signedPreKeyId"))
                        writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.signedPreKeyId);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a PreKeySignalMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.wire.v1.PreKeySignalMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.wire.v1.PreKeySignalMessage & parley.wire.v1.PreKeySignalMessage.$Shape} PreKeySignalMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                PreKeySignalMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.wire.v1.PreKeySignalMessage();
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
                                message.preKeyId = reader.uint32();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 2)
                                    break;
                                message.baseKey = reader.bytes();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.identityKey = reader.bytes();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.message = reader.bytes();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 0)
                                    break;
                                message.registrationId = reader.uint32();
                                continue;
                            }
                        case 6: {
                                if (wireType !== 0)
                                    break;
                                message.signedPreKeyId = reader.uint32();
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

                return PreKeySignalMessage;
            })();

            v1.WhatsAppSenderKeyMessage = (function() {

                /**
                 * Properties of a WhatsAppSenderKeyMessage.
                 * @typedef {Object} parley.wire.v1.WhatsAppSenderKeyMessage.$Properties
                 * @property {number|null} [id] WhatsAppSenderKeyMessage id
                 * @property {number|null} [iteration] WhatsAppSenderKeyMessage iteration
                 * @property {Uint8Array|null} [ciphertext] WhatsAppSenderKeyMessage ciphertext
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WhatsAppSenderKeyMessage.
                 * @memberof parley.wire.v1
                 * @interface IWhatsAppSenderKeyMessage
                 * @augments parley.wire.v1.WhatsAppSenderKeyMessage.$Properties
                 * @deprecated Use parley.wire.v1.WhatsAppSenderKeyMessage.$Properties instead.
                 */

                /**
                 * Shape of a WhatsAppSenderKeyMessage.
                 * @typedef {parley.wire.v1.WhatsAppSenderKeyMessage.$Properties} parley.wire.v1.WhatsAppSenderKeyMessage.$Shape
                 */

                /**
                 * Constructs a new WhatsAppSenderKeyMessage.
                 * @memberof parley.wire.v1
                 * @classdesc Represents a WhatsAppSenderKeyMessage.
                 * @constructor
                 * @param {parley.wire.v1.WhatsAppSenderKeyMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WhatsAppSenderKeyMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WhatsAppSenderKeyMessage id.
                 * @member {number} id
                 * @memberof parley.wire.v1.WhatsAppSenderKeyMessage
                 * @instance
                 */
                WhatsAppSenderKeyMessage.prototype.id = 0;

                /**
                 * WhatsAppSenderKeyMessage iteration.
                 * @member {number} iteration
                 * @memberof parley.wire.v1.WhatsAppSenderKeyMessage
                 * @instance
                 */
                WhatsAppSenderKeyMessage.prototype.iteration = 0;

                /**
                 * WhatsAppSenderKeyMessage ciphertext.
                 * @member {Uint8Array} ciphertext
                 * @memberof parley.wire.v1.WhatsAppSenderKeyMessage
                 * @instance
                 */
                WhatsAppSenderKeyMessage.prototype.ciphertext = $util.newBuffer([]);

                /**
                 * Encodes the specified WhatsAppSenderKeyMessage message. Does not implicitly {@link parley.wire.v1.WhatsAppSenderKeyMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.wire.v1.WhatsAppSenderKeyMessage
                 * @static
                 * @param {parley.wire.v1.WhatsAppSenderKeyMessage.$Properties} message WhatsAppSenderKeyMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WhatsAppSenderKeyMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                    if (message.iteration != null && $Object.hasOwnProperty.call(message, "iteration"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.iteration);
                    if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.ciphertext);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WhatsAppSenderKeyMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.wire.v1.WhatsAppSenderKeyMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.wire.v1.WhatsAppSenderKeyMessage & parley.wire.v1.WhatsAppSenderKeyMessage.$Shape} WhatsAppSenderKeyMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WhatsAppSenderKeyMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.wire.v1.WhatsAppSenderKeyMessage();
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
                                message.id = reader.uint32();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.iteration = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.ciphertext = reader.bytes();
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

                return WhatsAppSenderKeyMessage;
            })();

            v1.WhatsAppSenderKeyDistributionMessage = (function() {

                /**
                 * Properties of a WhatsAppSenderKeyDistributionMessage.
                 * @typedef {Object} parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties
                 * @property {number|null} [id] WhatsAppSenderKeyDistributionMessage id
                 * @property {number|null} [iteration] WhatsAppSenderKeyDistributionMessage iteration
                 * @property {Uint8Array|null} [chainKey] WhatsAppSenderKeyDistributionMessage chainKey
                 * @property {Uint8Array|null} [signingKey] WhatsAppSenderKeyDistributionMessage signingKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a WhatsAppSenderKeyDistributionMessage.
                 * @memberof parley.wire.v1
                 * @interface IWhatsAppSenderKeyDistributionMessage
                 * @augments parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties
                 * @deprecated Use parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties instead.
                 */

                /**
                 * Shape of a WhatsAppSenderKeyDistributionMessage.
                 * @typedef {parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties} parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Shape
                 */

                /**
                 * Constructs a new WhatsAppSenderKeyDistributionMessage.
                 * @memberof parley.wire.v1
                 * @classdesc Represents a WhatsAppSenderKeyDistributionMessage.
                 * @constructor
                 * @param {parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const WhatsAppSenderKeyDistributionMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * WhatsAppSenderKeyDistributionMessage id.
                 * @member {number} id
                 * @memberof parley.wire.v1.WhatsAppSenderKeyDistributionMessage
                 * @instance
                 */
                WhatsAppSenderKeyDistributionMessage.prototype.id = 0;

                /**
                 * WhatsAppSenderKeyDistributionMessage iteration.
                 * @member {number} iteration
                 * @memberof parley.wire.v1.WhatsAppSenderKeyDistributionMessage
                 * @instance
                 */
                WhatsAppSenderKeyDistributionMessage.prototype.iteration = 0;

                /**
                 * WhatsAppSenderKeyDistributionMessage chainKey.
                 * @member {Uint8Array} chainKey
                 * @memberof parley.wire.v1.WhatsAppSenderKeyDistributionMessage
                 * @instance
                 */
                WhatsAppSenderKeyDistributionMessage.prototype.chainKey = $util.newBuffer([]);

                /**
                 * WhatsAppSenderKeyDistributionMessage signingKey.
                 * @member {Uint8Array} signingKey
                 * @memberof parley.wire.v1.WhatsAppSenderKeyDistributionMessage
                 * @instance
                 */
                WhatsAppSenderKeyDistributionMessage.prototype.signingKey = $util.newBuffer([]);

                /**
                 * Encodes the specified WhatsAppSenderKeyDistributionMessage message. Does not implicitly {@link parley.wire.v1.WhatsAppSenderKeyDistributionMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.wire.v1.WhatsAppSenderKeyDistributionMessage
                 * @static
                 * @param {parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Properties} message WhatsAppSenderKeyDistributionMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                WhatsAppSenderKeyDistributionMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                        writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.id);
                    if (message.iteration != null && $Object.hasOwnProperty.call(message, "iteration"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.iteration);
                    if (message.chainKey != null && $Object.hasOwnProperty.call(message, "chainKey"))
                        writer.uint32(/* id 3, wireType 2 =*/26).bytes(message.chainKey);
                    if (message.signingKey != null && $Object.hasOwnProperty.call(message, "signingKey"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.signingKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a WhatsAppSenderKeyDistributionMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.wire.v1.WhatsAppSenderKeyDistributionMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.wire.v1.WhatsAppSenderKeyDistributionMessage & parley.wire.v1.WhatsAppSenderKeyDistributionMessage.$Shape} WhatsAppSenderKeyDistributionMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                WhatsAppSenderKeyDistributionMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.wire.v1.WhatsAppSenderKeyDistributionMessage();
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
                                message.id = reader.uint32();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.iteration = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 2)
                                    break;
                                message.chainKey = reader.bytes();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.signingKey = reader.bytes();
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

                return WhatsAppSenderKeyDistributionMessage;
            })();

            v1.SignalSenderKeyMessage = (function() {

                /**
                 * Properties of a SignalSenderKeyMessage.
                 * @typedef {Object} parley.wire.v1.SignalSenderKeyMessage.$Properties
                 * @property {Uint8Array|null} [distributionUuid] SignalSenderKeyMessage distributionUuid
                 * @property {number|null} [chainId] SignalSenderKeyMessage chainId
                 * @property {number|null} [iteration] SignalSenderKeyMessage iteration
                 * @property {Uint8Array|null} [ciphertext] SignalSenderKeyMessage ciphertext
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignalSenderKeyMessage.
                 * @memberof parley.wire.v1
                 * @interface ISignalSenderKeyMessage
                 * @augments parley.wire.v1.SignalSenderKeyMessage.$Properties
                 * @deprecated Use parley.wire.v1.SignalSenderKeyMessage.$Properties instead.
                 */

                /**
                 * Shape of a SignalSenderKeyMessage.
                 * @typedef {parley.wire.v1.SignalSenderKeyMessage.$Properties} parley.wire.v1.SignalSenderKeyMessage.$Shape
                 */

                /**
                 * Constructs a new SignalSenderKeyMessage.
                 * @memberof parley.wire.v1
                 * @classdesc Represents a SignalSenderKeyMessage.
                 * @constructor
                 * @param {parley.wire.v1.SignalSenderKeyMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignalSenderKeyMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignalSenderKeyMessage distributionUuid.
                 * @member {Uint8Array} distributionUuid
                 * @memberof parley.wire.v1.SignalSenderKeyMessage
                 * @instance
                 */
                SignalSenderKeyMessage.prototype.distributionUuid = $util.newBuffer([]);

                /**
                 * SignalSenderKeyMessage chainId.
                 * @member {number} chainId
                 * @memberof parley.wire.v1.SignalSenderKeyMessage
                 * @instance
                 */
                SignalSenderKeyMessage.prototype.chainId = 0;

                /**
                 * SignalSenderKeyMessage iteration.
                 * @member {number} iteration
                 * @memberof parley.wire.v1.SignalSenderKeyMessage
                 * @instance
                 */
                SignalSenderKeyMessage.prototype.iteration = 0;

                /**
                 * SignalSenderKeyMessage ciphertext.
                 * @member {Uint8Array} ciphertext
                 * @memberof parley.wire.v1.SignalSenderKeyMessage
                 * @instance
                 */
                SignalSenderKeyMessage.prototype.ciphertext = $util.newBuffer([]);

                /**
                 * Encodes the specified SignalSenderKeyMessage message. Does not implicitly {@link parley.wire.v1.SignalSenderKeyMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.wire.v1.SignalSenderKeyMessage
                 * @static
                 * @param {parley.wire.v1.SignalSenderKeyMessage.$Properties} message SignalSenderKeyMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignalSenderKeyMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.distributionUuid != null && $Object.hasOwnProperty.call(message, "distributionUuid"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.distributionUuid);
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chainId);
                    if (message.iteration != null && $Object.hasOwnProperty.call(message, "iteration"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.iteration);
                    if (message.ciphertext != null && $Object.hasOwnProperty.call(message, "ciphertext"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.ciphertext);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignalSenderKeyMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.wire.v1.SignalSenderKeyMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.wire.v1.SignalSenderKeyMessage & parley.wire.v1.SignalSenderKeyMessage.$Shape} SignalSenderKeyMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignalSenderKeyMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.wire.v1.SignalSenderKeyMessage();
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
                                message.distributionUuid = reader.bytes();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.chainId = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.iteration = reader.uint32();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.ciphertext = reader.bytes();
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

                return SignalSenderKeyMessage;
            })();

            v1.SignalSenderKeyDistributionMessage = (function() {

                /**
                 * Properties of a SignalSenderKeyDistributionMessage.
                 * @typedef {Object} parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties
                 * @property {Uint8Array|null} [distributionUuid] SignalSenderKeyDistributionMessage distributionUuid
                 * @property {number|null} [chainId] SignalSenderKeyDistributionMessage chainId
                 * @property {number|null} [iteration] SignalSenderKeyDistributionMessage iteration
                 * @property {Uint8Array|null} [chainKey] SignalSenderKeyDistributionMessage chainKey
                 * @property {Uint8Array|null} [signingKey] SignalSenderKeyDistributionMessage signingKey
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */

                /**
                 * Properties of a SignalSenderKeyDistributionMessage.
                 * @memberof parley.wire.v1
                 * @interface ISignalSenderKeyDistributionMessage
                 * @augments parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties
                 * @deprecated Use parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties instead.
                 */

                /**
                 * Shape of a SignalSenderKeyDistributionMessage.
                 * @typedef {parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties} parley.wire.v1.SignalSenderKeyDistributionMessage.$Shape
                 */

                /**
                 * Constructs a new SignalSenderKeyDistributionMessage.
                 * @memberof parley.wire.v1
                 * @classdesc Represents a SignalSenderKeyDistributionMessage.
                 * @constructor
                 * @param {parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties=} [properties] Properties to set
                 * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
                 */
                const SignalSenderKeyDistributionMessage = function (properties) {
                    if (properties)
                        for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                            if (properties[keys[i]] != null && keys[i] !== "__proto__")
                                this[keys[i]] = properties[keys[i]];
                };

                /**
                 * SignalSenderKeyDistributionMessage distributionUuid.
                 * @member {Uint8Array} distributionUuid
                 * @memberof parley.wire.v1.SignalSenderKeyDistributionMessage
                 * @instance
                 */
                SignalSenderKeyDistributionMessage.prototype.distributionUuid = $util.newBuffer([]);

                /**
                 * SignalSenderKeyDistributionMessage chainId.
                 * @member {number} chainId
                 * @memberof parley.wire.v1.SignalSenderKeyDistributionMessage
                 * @instance
                 */
                SignalSenderKeyDistributionMessage.prototype.chainId = 0;

                /**
                 * SignalSenderKeyDistributionMessage iteration.
                 * @member {number} iteration
                 * @memberof parley.wire.v1.SignalSenderKeyDistributionMessage
                 * @instance
                 */
                SignalSenderKeyDistributionMessage.prototype.iteration = 0;

                /**
                 * SignalSenderKeyDistributionMessage chainKey.
                 * @member {Uint8Array} chainKey
                 * @memberof parley.wire.v1.SignalSenderKeyDistributionMessage
                 * @instance
                 */
                SignalSenderKeyDistributionMessage.prototype.chainKey = $util.newBuffer([]);

                /**
                 * SignalSenderKeyDistributionMessage signingKey.
                 * @member {Uint8Array} signingKey
                 * @memberof parley.wire.v1.SignalSenderKeyDistributionMessage
                 * @instance
                 */
                SignalSenderKeyDistributionMessage.prototype.signingKey = $util.newBuffer([]);

                /**
                 * Encodes the specified SignalSenderKeyDistributionMessage message. Does not implicitly {@link parley.wire.v1.SignalSenderKeyDistributionMessage.verify|verify} messages.
                 * @function encode
                 * @memberof parley.wire.v1.SignalSenderKeyDistributionMessage
                 * @static
                 * @param {parley.wire.v1.SignalSenderKeyDistributionMessage.$Properties} message SignalSenderKeyDistributionMessage message or plain object to encode
                 * @param {$protobuf.Writer} [writer] Writer to encode to
                 * @returns {$protobuf.Writer} Writer
                 */
                SignalSenderKeyDistributionMessage.encode = function (message, writer, _depth) {
                    if (!writer)
                        writer = $Writer.create();
                    if (_depth === $undefined)
                        _depth = 0;
                    if (_depth > $util.recursionLimit)
                        throw $Error("max depth exceeded");
                    if (message.distributionUuid != null && $Object.hasOwnProperty.call(message, "distributionUuid"))
                        writer.uint32(/* id 1, wireType 2 =*/10).bytes(message.distributionUuid);
                    if (message.chainId != null && $Object.hasOwnProperty.call(message, "chainId"))
                        writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.chainId);
                    if (message.iteration != null && $Object.hasOwnProperty.call(message, "iteration"))
                        writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.iteration);
                    if (message.chainKey != null && $Object.hasOwnProperty.call(message, "chainKey"))
                        writer.uint32(/* id 4, wireType 2 =*/34).bytes(message.chainKey);
                    if (message.signingKey != null && $Object.hasOwnProperty.call(message, "signingKey"))
                        writer.uint32(/* id 5, wireType 2 =*/42).bytes(message.signingKey);
                    if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                        for (let i = 0; i < message.$unknowns.length; ++i)
                            writer.raw(message.$unknowns[i]);
                    return writer;
                };

                /**
                 * Decodes a SignalSenderKeyDistributionMessage message from the specified reader or buffer.
                 * @function decode
                 * @memberof parley.wire.v1.SignalSenderKeyDistributionMessage
                 * @static
                 * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
                 * @param {number} [length] Message length if known beforehand
                 * @returns {parley.wire.v1.SignalSenderKeyDistributionMessage & parley.wire.v1.SignalSenderKeyDistributionMessage.$Shape} SignalSenderKeyDistributionMessage
                 * @throws {Error} If the payload is not a reader or valid buffer
                 * @throws {$protobuf.util.ProtocolError} If required fields are missing
                 */
                SignalSenderKeyDistributionMessage.decode = function (reader, length, _end, _depth, _target) {
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
                    message = _target || new $root.parley.wire.v1.SignalSenderKeyDistributionMessage();
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
                                message.distributionUuid = reader.bytes();
                                continue;
                            }
                        case 2: {
                                if (wireType !== 0)
                                    break;
                                message.chainId = reader.uint32();
                                continue;
                            }
                        case 3: {
                                if (wireType !== 0)
                                    break;
                                message.iteration = reader.uint32();
                                continue;
                            }
                        case 4: {
                                if (wireType !== 2)
                                    break;
                                message.chainKey = reader.bytes();
                                continue;
                            }
                        case 5: {
                                if (wireType !== 2)
                                    break;
                                message.signingKey = reader.bytes();
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

                return SignalSenderKeyDistributionMessage;
            })();

            return v1;
        })();

        return wire;
    })();

    return parley;
})();

export {
  $root as default
};
