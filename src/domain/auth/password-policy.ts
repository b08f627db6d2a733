export const PASSWORD_MIN_LENGTH = 10;

const CHARACTER_CLASSES = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** At least 10 characters drawn from at least three of: lower case, upper case, digits, symbols. */
export function isStrongPassword(password: string): boolean {
  const classes = CHARACTER_CLASSES.filter((re) => re.test(password)).length;
  return password.length >= PASSWORD_MIN_LENGTH && classes >= 3;
}
