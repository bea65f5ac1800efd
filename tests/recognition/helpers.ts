import { compileMatcher, recognise, type Mention } from '../../utils/recognition/index.ts';
import { testPack } from './fixture-pack.ts';

export const matcher = compileMatcher(testPack);

export function run(text: string | string[], lang: string | null = 'it', date: string | null = '2024-06'): Mention[] {
  return recognise(matcher, { blocks: Array.isArray(text) ? text : [text], lang, date }).mentions;
}

export const ids = (ms: Mention[]): string[] => ms.map((m) => m.id);
export const pairs = (ms: Mention[]): string[] => ms.map((m) => `${m.surface}=${m.id}`);
