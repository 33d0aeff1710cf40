import { z } from 'zod';

/** The server's environment, checked at start: a bad value stops it with the variable's name. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL starts with postgres://')
    .optional()
    .or(z.literal('').transform(() => undefined)),
  DIST_DIR: z.string().min(1).default('dist'),
  PUBLIC_READ: z.enum(['', '0', '1', 'true', 'false']).default('').transform((v) => v === '1' || v === 'true'),
  TRUST_PROXY: z.enum(['', '0', '1', 'true', 'false']).default('').transform((v) => v === '1' || v === 'true'),
});

export type ServerConfig = z.infer<typeof envSchema>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
  throw new Error(`The server's environment is not valid:\n${problems}`);
}
