/**
 * The value of a formula made of numbers only ("1+1", "+380671234567", "-5%", "(2+3)*4"), as Excel
 * computes it: unary minus before "^", "%" divides by 100. Anything else (names, references,
 * functions, text, two numbers side by side) is not computed: null.
 */
export function evaluateArithmetic(source: string): number | null {
  const tokens = source.match(/\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|[-+*/^%()]|\s+|./gu) ?? [];
  const list = tokens.filter((t) => !/^\s+$/u.test(t));
  let at = 0;
  const peek = () => list[at];
  const isNumber = (t: string | undefined) => t !== undefined && /^[\d.]/u.test(t);

  function primary(): number | null {
    const t = list[at++];
    if (t === "(") {
      const v = expression();
      return list[at++] === ")" ? v : null;
    }
    return isNumber(t) ? Number(t) : null;
  }
  function percent(): number | null {
    let v = primary();
    while (v !== null && peek() === "%") {
      at++;
      v /= 100;
    }
    return v;
  }
  function unary(): number | null {
    let sign = 1;
    while (peek() === "+" || peek() === "-") if (list[at++] === "-") sign = -sign;
    const v = percent();
    return v === null ? null : sign * v;
  }
  function power(): number | null {
    let v = unary();
    while (v !== null && peek() === "^") {
      at++;
      const e = unary();
      v = e === null ? null : v ** e;
    }
    return v;
  }
  function term(): number | null {
    let v = power();
    while (v !== null && (peek() === "*" || peek() === "/")) {
      const op = list[at++];
      const r = power();
      v = r === null || (op === "/" && r === 0) ? null : op === "*" ? v * r : v / r;
    }
    return v;
  }
  function expression(): number | null {
    let v = term();
    while (v !== null && (peek() === "+" || peek() === "-")) {
      const op = list[at++];
      const r = term();
      v = r === null ? null : op === "+" ? v + r : v - r;
    }
    return v;
  }

  if (list.length === 0) return null;
  const value = expression();
  return value !== null && at === list.length && Number.isFinite(value) ? value : null;
}
