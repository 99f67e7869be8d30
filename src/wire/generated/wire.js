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

            return v1;
        })();

        return wire;
    })();

    return parley;
})();

export {
  $root as default
};
