import { byId, pick } from './by-id';

describe('byId and pick', () => {
  const list = [{ id: 'a', n: 1 }, { id: 'b', n: 2 }, { id: 'c', n: 3 }];

  it('finds items by id, and builds the index once per list', () => {
    expect(byId(list).get('b')).toBe(list[1]);
    expect(byId(list)).toBe(byId(list));
    expect(byId([...list])).not.toBe(byId(list));
  });

  it('picks items in the order of the ids asked for, skipping unknown ones', () => {
    expect(pick(list, ['c', 'x', 'a'])).toEqual([list[2], list[0]]);
  });
});
