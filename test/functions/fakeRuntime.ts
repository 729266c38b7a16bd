/**
 * A stand-in for the globals of Excel's custom-functions runtime, faithful where our code touches
 * it: `CustomFunctions.associate`, `CustomFunctions.Error` (code + message, like the runtime's
 * CustomFunctionError) and `CustomFunctions.ErrorCode` with the runtime's codes. Any other member
 * read — a typo such as `ErrorCode.notAvailible`, or an API the real runtime lacks — throws, so a
 * test cannot pass by reading `undefined`.
 */

/** The runtime's error codes (office-js custom-functions-runtime.js, ErrorCode). */
export const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

type Code = (typeof ERROR_CODES)[keyof typeof ERROR_CODES];
const CODES = new Set<string>(Object.values(ERROR_CODES));

/** Wraps an object so that reading a member it does not have throws instead of giving undefined. */
export function strict<T extends object>(target: T, label: string): T {
  return new Proxy(target, {
    get(object, property, receiver) {
      if (typeof property === "string" && !(property in object)) {
        throw new TypeError(`${label}.${property} does not exist in the custom-functions runtime`);
      }
      return Reflect.get(object, property, receiver);
    },
  });
}

/** Mirrors the runtime's CustomFunctionError: an Error with `code`, `type: "Error"` and the message. */
export class FakeCustomFunctionError extends Error {
  readonly code: Code;
  readonly type = "Error";
  constructor(code: Code, message?: string) {
    if (!CODES.has(code)) throw new TypeError(`unknown CustomFunctions.ErrorCode ${String(code)}`);
    super(message ?? "");
    this.code = code;
  }
}

export interface FakeRuntime {
  readonly CustomFunctions: typeof CustomFunctions;
  /** Functions registered with `associate`, by id. */
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
}

export function fakeRuntime(): FakeRuntime {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const runtime = strict(
    {
      associate(id: string, fn: (...args: unknown[]) => unknown) {
        if (typeof id !== "string" || typeof fn !== "function")
          throw new TypeError("associate(id, function)");
        if (associated.has(id)) throw new Error(`${id} associated twice`);
        associated.set(id, fn);
      },
      Error: FakeCustomFunctionError,
      ErrorCode: strict({ ...ERROR_CODES }, "CustomFunctions.ErrorCode"),
    },
    "CustomFunctions",
  );
  return { CustomFunctions: runtime as unknown as typeof CustomFunctions, associated };
}

/**
 * `Office` with only what a custom function may read: after initialization `context` has the
 * display language; before it (`null` here) `Office` exists but `Office.context` is undefined.
 */
export const fakeOffice = (displayLanguage: string | null): typeof Office =>
  strict(
    { context: displayLanguage === null ? undefined : strict({ displayLanguage }, "Office.context") },
    "Office",
  ) as unknown as typeof Office;

const globals = globalThis as { CustomFunctions?: unknown; Office?: unknown };

/**
 * Installs the fake globals for one test file; returns a function setting Excel's display language
 * (undefined removes `Office` altogether, as outside Excel; null leaves it uninitialized).
 */
export function installRuntime(): { setLanguage(displayLanguage: string | null | undefined): void } {
  beforeAll(() => {
    globals.CustomFunctions = fakeRuntime().CustomFunctions;
  });
  afterAll(() => {
    delete globals.CustomFunctions;
    delete globals.Office;
  });
  return {
    setLanguage(displayLanguage) {
      if (displayLanguage === undefined) delete globals.Office;
      else globals.Office = fakeOffice(displayLanguage);
    },
  };
}
