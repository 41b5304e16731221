import { describe, expect, it } from 'vitest';
import { collectTaskRules, defineTaskRule, ruleKey } from './task-rules.ts';

const rule = (id: string) => defineTaskRule({ id, description: `Regel ${id}`, due: async () => [] });

describe('task rules', () => {
  it('keys one occurrence by rule, subject and occurrence', () => {
    const key = ruleKey('placements.check', { subject: { type: 'placement_proposal', id: 'abc' }, occurrence: '6m' });
    expect(key).toBe('placements.check:placement_proposal:abc:6m');
  });

  it('refuses a rule id that is not module.rule, and two modules declaring one id', () => {
    expect(() => rule('Plaatsing check')).toThrow(/module.regel/);
    const a = { name: 'a', taskRules: [rule('a.een')] };
    const b = { name: 'b', taskRules: [rule('a.een')] };
    expect(collectTaskRules([a, { name: 'c', taskRules: [] }]).map((r) => r.id)).toEqual(['a.een']);
    expect(() => collectTaskRules([a, b])).toThrow('Taakregel a.een staat in module a en in b.');
  });
});
