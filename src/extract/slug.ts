/** An article id from a text file's name: "Council Vote.txt" -> council-vote. */
import { basename, extname } from 'node:path';

export const slugOf = (file: string) =>
  basename(file, extname(file))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'draft-article';
