/** Shortest password accepted (its own module: the CLI names it in its help without loading argon2). */
export const MIN_PASSWORD_LENGTH = 10;
