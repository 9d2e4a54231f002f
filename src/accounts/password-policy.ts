import { fieldError } from '../validation/field-error';

export const MIN_PASSWORD_LENGTH = 10;

// The most used passwords (public breach lists) at or above the minimum length, and local favourites.
const COMMON_PASSWORDS = new Set([
  '123456', '1234567890', '12345678910', '0123456789', '9876543210', '1111111111', '0000000000', '1234512345',
  '1q2w3e4r5t', 'qwertyuiop', 'password123', 'password1234', 'passw0rd123', 'iloveyou123', 'abc1234567',
  'qwerty1234', 'qwerty123456', 'asdfghjkl1', 'zaq12wsxcde', 'admin12345', 'administrator', 'welcome123',
  'matkhau123', 'matkhau1234', 'matkhau12345', 'anhyeuem123', 'emyeuanh123', 'vietnam123', 'vietnam1234',
  'hanoi12345', 'saigon12345', '123456789a', 'a123456789', '12345678aa', '123456789@', 'abcd123456',
]);

/** Refuses passwords that are short or on the common list (400 naming `password`). */
export function assertAcceptablePassword(password: unknown): void {
  if (typeof password !== 'string') throw fieldError('password', 'must be a string');
  if (password.length < MIN_PASSWORD_LENGTH) throw fieldError('password', `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (COMMON_PASSWORDS.has(password.toLowerCase())) throw fieldError('password', 'is too common; choose another');
}
