/**
 * Statements written by MikroORM's query builder once per shape of their
 * conditions instead of once per request: building one costs more Node time
 * than the rest of a short list request (about 15 % of a busy profile of a
 * page of one unit's staff). The first request of a shape builds it with a
 * stand-in for each value it varies in (strings and numbers) and finds each
 * stand-in among the builder's bindings; later requests of that shape bind
 * their own values in those places. A shape whose values the builder turns
 * into something else (a converted type) or writes into the text is built
 * every time, as before.
 */

/** A condition's leaf values that vary between requests of one shape; anything else stays part of the shape. */
type Variable = string | number;

/** Where a binding of a template comes from: a variable of the request, or a value the builder bound itself. */
type Slot = { variable: number } | { constant: unknown };

interface Template {
  sql: string;
  slots: Slot[];
}

const isVariable = (value: unknown): value is Variable => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));

const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * The shape of a value (conditions, page arguments) with its variables taken
 * out, in the order `withVariables` puts them back; undefined when a part of
 * it is not plain data (an entity, a reference), which is never templated.
 */
export function shapeOf(value: unknown, variables: Variable[]): unknown {
  if (isVariable(value)) {
    variables.push(value);
    return { $variable: typeof value };
  }
  if (value === null || value === undefined || typeof value === 'boolean') return { $literal: value ?? '$undefined' };
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) {
    const shapes: unknown[] = [];
    for (const item of value) {
      const shape = shapeOf(item, variables);
      if (shape === undefined) return undefined;
      shapes.push(shape);
    }
    return shapes;
  }
  if (typeof value === 'object' && isPlainObject(value)) {
    const shapes: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const shape = shapeOf(item, variables);
      if (shape === undefined) return undefined;
      shapes[key] = shape;
    }
    return shapes;
  }
  return undefined;
}

/** A copy of `value` with its variables, in `shapeOf`'s order, replaced by `variables`. */
export function withVariables<Value>(value: Value, variables: readonly Variable[]): Value {
  let next = 0;
  const copy = (part: unknown): unknown => {
    if (isVariable(part)) return variables[next++];
    if (Array.isArray(part)) return part.map(copy);
    if (part !== null && typeof part === 'object' && isPlainObject(part)) return Object.fromEntries(Object.entries(part).map(([key, item]) => [key, copy(item)]));
    return part;
  };
  return copy(value) as Value;
}

/** Stand-ins no request would send: strings no text contains, numbers far past any id, limit or offset. */
const standIn = (variable: Variable, index: number): Variable => (typeof variable === 'string' ? `\u0001bianzhi-stand-in-${index}\u0001` : 987_654_321_000 + index);

/** The bindings a template gives for these variables. */
const bindingsOf = (template: Template, variables: readonly Variable[]): unknown[] =>
  template.slots.map((slot) => ('variable' in slot ? variables[slot.variable] : slot.constant));

function templateFrom(variables: readonly Variable[], build: (variables: readonly Variable[]) => [string, unknown[]]): Template | null {
  const standIns = variables.map(standIn);
  const [sql, bindings] = build(standIns);
  const found = new Set<number>();
  const slots = bindings.map((binding): Slot => {
    const index = standIns.indexOf(binding as Variable);
    if (index < 0) return { constant: binding };
    found.add(index);
    return { variable: index };
  });
  const written = standIns.some((value) => sql.includes(typeof value === 'string' ? value : String(value)));
  return found.size === standIns.length && !written ? { sql, slots } : null;
}

/** Templates kept, by shape; bounded, the oldest forgotten first. */
export class StatementTemplates {
  private readonly templates = new Map<string, Template | null>();

  constructor(private readonly most = 1000) {}

  /**
   * The statement for these variables: from the shape's template, or built
   * (and made the template if it can be). `shape` undefined: always built.
   */
  statement(shape: string | undefined, variables: readonly Variable[], build: (variables: readonly Variable[]) => [string, unknown[]]): [string, unknown[]] {
    if (shape === undefined) return build(variables);
    let template = this.templates.get(shape);
    if (template === undefined) {
      template = templateFrom(variables, build);
      if (this.templates.size >= this.most) this.templates.delete(this.templates.keys().next().value!);
      this.templates.set(shape, template);
    }
    return template ? [template.sql, bindingsOf(template, variables)] : build(variables);
  }
}
