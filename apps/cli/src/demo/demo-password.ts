import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a terminal and typed in.
const ALPHABET = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Four groups of five characters from 57: about 117 bits, e.g. "h4Tqz-9kWmE-…". */
export function generatePassword(): string {
  const group = () => Array.from({ length: 5 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}
