import { describe, expect, it } from 'vitest';
import en from './locales/en.json';
import sv from './locales/sv.json';

type Tree = { [key: string]: string | Tree };

function keysOf(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );
}

function valuesOf(tree: Tree): string[] {
  return Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : valuesOf(value)));
}

function placeholders(tree: Tree, key: string): string[] {
  const value = key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part], tree) as string;
  return (value.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
}

describe('translations', () => {
  it('has the same keys in Swedish and English', () => {
    const svKeys = keysOf(sv as Tree).sort();
    const enKeys = keysOf(en as Tree).sort();
    expect(svKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
    expect(enKeys.filter((key) => !svKeys.includes(key))).toEqual([]);
  });

  it('has no empty texts', () => {
    expect(valuesOf(sv as Tree).filter((value) => !value.trim())).toEqual([]);
    expect(valuesOf(en as Tree).filter((value) => !value.trim())).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const mismatched = keysOf(sv as Tree).filter(
      (key) => placeholders(sv as Tree, key).join() !== placeholders(en as Tree, key).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
