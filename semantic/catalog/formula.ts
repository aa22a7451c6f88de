/**
 * A small, safe parser for metric formulas: numbers, metric keys, + - * /, unary minus and
 * parentheses. The result is an AST that the compiler renders; formula text never reaches SQL.
 */

export type FormulaNode =
  | { kind: "number"; value: number }
  | { kind: "metric"; key: string }
  | { kind: "negate"; arg: FormulaNode }
  | { kind: "binary"; op: "+" | "-" | "*" | "/"; left: FormulaNode; right: FormulaNode };

type Token =
  | { t: "num"; v: number; at: number }
  | { t: "id"; v: string; at: number }
  | { t: "op"; v: "+" | "-" | "*" | "/" | "(" | ")"; at: number };

/** Parse outcome: the AST, or a message naming the position of the first problem. */
export type ParseResult = { ok: true; ast: FormulaNode } | { ok: false; error: string };

const MAX_LENGTH = 500;

function tokenize(src: string): Token[] | string {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9.]/.test(ch)) {
      const m = /^(\d+(\.\d+)?|\.\d+)/.exec(src.slice(i));
      if (!m) return `bad number at position ${i + 1}`;
      out.push({ t: "num", v: Number(m[0]), at: i });
      i += m[0].length;
    } else if (/[a-zA-Z_]/.test(ch)) {
      const m = /^[a-zA-Z_][a-zA-Z0-9_]*/.exec(src.slice(i))!;
      out.push({ t: "id", v: m[0].toLowerCase(), at: i });
      i += m[0].length;
    } else if ("+-*/()".includes(ch)) {
      out.push({ t: "op", v: ch as "+", at: i });
      i++;
    } else {
      return `unexpected character '${ch}' at position ${i + 1}`;
    }
  }
  return out;
}

/**
 * Parse a formula into an AST.
 * @example parseFormula("revenue / spend") // {ok: true, ast: {kind: "binary", op: "/", ...}}
 */
export function parseFormula(src: string): ParseResult {
  if (src.length > MAX_LENGTH) return { ok: false, error: `formula is longer than ${MAX_LENGTH} characters` };
  const tokens = tokenize(src);
  if (typeof tokens === "string") return { ok: false, error: tokens };
  let pos = 0;
  const peek = () => tokens[pos];
  const fail = (msg: string): never => {
    throw new SyntaxError(msg);
  };
  const where = () => {
    const tok = peek();
    return tok ? `at position ${tok.at + 1}` : "at the end";
  };

  // expr := term (('+'|'-') term)*; term := unary (('*'|'/') unary)*; unary := '-' unary | atom
  function expr(depth: number): FormulaNode {
    let left = term(depth);
    for (let tok = peek(); tok?.t === "op" && (tok.v === "+" || tok.v === "-"); tok = peek()) {
      pos++;
      left = { kind: "binary", op: tok.v, left, right: term(depth) };
    }
    return left;
  }
  function term(depth: number): FormulaNode {
    let left = unary(depth);
    for (let tok = peek(); tok?.t === "op" && (tok.v === "*" || tok.v === "/"); tok = peek()) {
      pos++;
      left = { kind: "binary", op: tok.v, left, right: unary(depth) };
    }
    return left;
  }
  function unary(depth: number): FormulaNode {
    const tok = peek();
    if (tok?.t === "op" && tok.v === "-") {
      pos++;
      return { kind: "negate", arg: unary(depth) };
    }
    return atom(depth);
  }
  function atom(depth: number): FormulaNode {
    if (depth > 50) fail("formula is nested too deeply");
    const tok = peek();
    if (!tok) return fail("expected a metric, a number or '(' at the end");
    pos++;
    if (tok.t === "num") return { kind: "number", value: tok.v };
    if (tok.t === "id") return { kind: "metric", key: tok.v };
    if (tok.v === "(") {
      const inner = expr(depth + 1);
      const close = peek();
      if (close?.t !== "op" || close.v !== ")") {
        fail(`expected ')' ${where()}`);
      }
      pos++;
      return inner;
    }
    pos--;
    return fail(`unexpected '${tok.v}' ${where()}`);
  }

  try {
    if (tokens.length === 0) return { ok: false, error: "formula is empty" };
    const ast = expr(0);
    if (pos < tokens.length) return { ok: false, error: `unexpected '${String(peek()!.v)}' ${where()}` };
    return { ok: true, ast };
  } catch (e) {
    if (e instanceof SyntaxError) return { ok: false, error: e.message };
    throw e;
  }
}

/** Metric keys referenced by a formula AST, in order of first appearance. */
export function formulaRefs(ast: FormulaNode): string[] {
  const out: string[] = [];
  const walk = (n: FormulaNode): void => {
    if (n.kind === "metric") {
      if (!out.includes(n.key)) out.push(n.key);
    } else if (n.kind === "negate") walk(n.arg);
    else if (n.kind === "binary") {
      walk(n.left);
      walk(n.right);
    }
  };
  walk(ast);
  return out;
}

/** Render an AST back to canonical text (for provenance and stored definitions). */
export function formatFormula(ast: FormulaNode): string {
  switch (ast.kind) {
    case "number":
      return String(ast.value);
    case "metric":
      return ast.key;
    case "negate":
      return `-${formatFormula(ast.arg)}`;
    case "binary":
      return `(${formatFormula(ast.left)} ${ast.op} ${formatFormula(ast.right)})`;
  }
}
