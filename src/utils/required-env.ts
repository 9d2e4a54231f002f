/**
 * Reads a secret that has no default. Config files call this so that `strapi start` (and
 * `npm start`, which checks first) refuses to run without it and says which variable is missing.
 */
export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(`Missing required environment variable ${name}. See .env.example.`);
  }
  return value;
}

export const requiredEnvList = (name: string): string[] =>
  requiredEnv(name)
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
