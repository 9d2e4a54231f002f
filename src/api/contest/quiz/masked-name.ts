const initial = (word: string) => `${Array.from(word)[0].toLocaleUpperCase('vi')}.`;

/**
 * "Nguyễn Văn An" → "Nguyễn V. A.": the family name and initials, as Vietnamese result lists
 * print them, so winners recognise themselves and nobody else learns the full name.
 */
export function maskName(fullName: string): string {
  const [family, ...rest] = fullName.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (!family) return '';
  return [family, ...rest.map(initial)].join(' ');
}
