// A CSV reader for the tests (the CLI's output, the W3C result files).

/** RFC 4180 CSV. */
export function readCsv(text: string): { header: string[]; rows: string[][] } {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') record.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') {
      /* the \n ends the record */
    } else if (c === '\n') record.push(cell), records.push(record), (record = []), (cell = '');
    else cell += c;
  }
  if (cell || record.length) record.push(cell), records.push(record);
  return { header: records[0] ?? [], rows: records.slice(1) };
}
