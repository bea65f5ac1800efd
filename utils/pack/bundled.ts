import { z } from 'zod';
import type { Pack } from './schema';

// The bundled pack is the project's own build output: the build validates it
// against the full schema and tests check it, so on every service-worker wake
// only its envelope is checked. A full parse would cost more than compiling
// the matcher itself.
const Envelope = z.object({
  format: z.literal(1),
  version: z.string().min(1),
  asOf: z.string(),
  sources: z.array(z.unknown()),
  entities: z.array(z.object({ id: z.string(), type: z.string() }).loose()),
});

export function readBundledPack(json: unknown): Pack {
  const r = Envelope.safeParse(json);
  if (!r.success) throw new Error(`bundled pack is malformed: ${z.prettifyError(r.error)}`);
  return json as Pack;
}
