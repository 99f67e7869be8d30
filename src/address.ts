import { ProtocolError } from './errors.js';

/** A remote device: the user's name (a JID user part, LID, or any opaque id) plus a device id. */
export class ProtocolAddress {
  readonly name: string;
  readonly deviceId: number;
  /** Computed once: every operation uses it for its lock and several store lookups. */
  readonly #key: string;

  constructor(name: string, deviceId: number) {
    if (typeof name !== 'string' || name.length === 0 || name.length > 256) {
      throw new ProtocolError('InvalidArgument', `"name" expected a string of 1..256 characters, got ${typeof name === 'string' ? `length ${name.length}` : typeof name}`, { field: 'name' });
    }
    if (!Number.isInteger(deviceId) || deviceId < 0 || deviceId > 0x7fff_ffff) {
      throw new ProtocolError('InvalidArgument', `"deviceId" expected an integer in 0..2147483647, got ${String(deviceId)}`, { field: 'deviceId' });
    }
    this.name = name;
    this.deviceId = deviceId;
    this.#key = `${name}.${deviceId}`;
  }

  /** A stable key for maps and locks: `name.deviceId`. */
  toString(): string {
    return this.#key;
  }
}
