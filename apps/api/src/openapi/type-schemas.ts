/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses) of TypeScript types, read with the compiler's type checker: the
 * contract's interfaces, the request classes (with their class-validator constraints) and whatever a controller
 * returns. Named types become components; a type the schema cannot describe is reported as a gap, never guessed.
 */
import ts from 'typescript';

export type JsonSchema = Record<string, unknown>;

export const COMPONENT_REF_PREFIX = '#/components/schemas/';

/** Decorators of class-validator that refine a property's schema (the rest only validate). */
type Refinement = (schema: JsonSchema, args: readonly ts.Expression[], checker: ts.TypeChecker) => void;

const literalOf = (checker: ts.TypeChecker, node: ts.Expression | undefined): string | number | undefined => {
  if (!node) return undefined;
  if (ts.isNumericLiteral(node)) return Number(node.text);
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand))
    return -Number(node.operand.text);
  const type = checker.getTypeAtLocation(node);
  if (type.isNumberLiteral() || type.isStringLiteral()) return type.value;
  return undefined;
};

const numberArg = (checker: ts.TypeChecker, args: readonly ts.Expression[], index: number): number | undefined => {
  const value = literalOf(checker, args[index]);
  return typeof value === 'number' ? value : undefined;
};

const REFINEMENTS: Record<string, Refinement> = {
  IsInt: (schema) => (schema['type'] = 'integer'),
  IsUUID: (schema) => (schema['format'] = 'uuid'),
  IsEmail: (schema) => (schema['format'] = 'email'),
  IsUrl: (schema) => (schema['format'] = 'uri'),
  IsPositive: (schema) => (schema['exclusiveMinimum'] = 0),
  Min: (schema, args, checker) => assign(schema, 'minimum', numberArg(checker, args, 0)),
  Max: (schema, args, checker) => assign(schema, 'maximum', numberArg(checker, args, 0)),
  MinLength: (schema, args, checker) => assign(schema, 'minLength', numberArg(checker, args, 0)),
  MaxLength: (schema, args, checker) => assign(schema, 'maxLength', numberArg(checker, args, 0)),
  Length: (schema, args, checker) => {
    assign(schema, 'minLength', numberArg(checker, args, 0));
    assign(schema, 'maxLength', numberArg(checker, args, 1));
  },
  Matches: (schema, args) => {
    const pattern = args[0];
    if (pattern && ts.isRegularExpressionLiteral(pattern)) schema['pattern'] = pattern.text.slice(1, pattern.text.lastIndexOf('/'));
  },
};

const ARRAY_REFINEMENTS: Record<string, Refinement> = {
  ArrayMinSize: (schema, args, checker) => assign(schema, 'minItems', numberArg(checker, args, 0)),
  ArrayMaxSize: (schema, args, checker) => assign(schema, 'maxItems', numberArg(checker, args, 0)),
  ArrayUnique: (schema) => (schema['uniqueItems'] = true),
};

/** Decorators after which a property may be left out. */
const MAKES_OPTIONAL = new Set(['IsOptional', 'ValidateIf']);

function assign(schema: JsonSchema, key: string, value: unknown): void {
  if (value !== undefined) schema[key] = value;
}

export interface DecoratorCall {
  name: string;
  args: readonly ts.Expression[];
}

export function decoratorsOf(node: ts.Node): DecoratorCall[] {
  if (!ts.canHaveDecorators(node)) return [];
  return (ts.getDecorators(node) ?? []).map((decorator): DecoratorCall => {
    const expression = decorator.expression;
    if (ts.isCallExpression(expression)) return { name: expression.expression.getText(), args: expression.arguments };
    return { name: expression.getText(), args: [] };
  });
}

/** The `{ each: true }` option of a class-validator decorator: the constraint applies to the items. */
function appliesToEach(args: readonly ts.Expression[]): boolean {
  return args.some(
    (arg) =>
      ts.isObjectLiteralExpression(arg) &&
      arg.properties.some(
        (property) =>
          ts.isPropertyAssignment(property) && property.name.getText() === 'each' && property.initializer.kind === ts.SyntaxKind.TrueKeyword,
      ),
  );
}

/** The JSDoc text and `@example` of a symbol. */
export function documentationOf(symbol: ts.Symbol, checker: ts.TypeChecker): { description?: string; example?: unknown } {
  const description = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
  const exampleTag = symbol.getJsDocTags(checker).find((tag) => tag.name === 'example');
  const exampleText = exampleTag ? ts.displayPartsToString(exampleTag.text).trim() : undefined;
  let example: unknown = exampleText;
  if (exampleText !== undefined) {
    try {
      example = JSON.parse(exampleText);
    } catch {
      example = exampleText;
    }
  }
  return { ...(description ? { description } : {}), ...(exampleText !== undefined ? { example } : {}) };
}

/** Numbers in numeric order, then strings in code-unit order, then booleans (false first): the same on every machine. */
function byLiteralValue(x: unknown, y: unknown): number {
  const rank = (value: unknown) => ['number', 'string', 'boolean'].indexOf(typeof value);
  if (rank(x) !== rank(y)) return rank(x) - rank(y);
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  return String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0;
}

export class TypeSchemas {
  /** Component schemas by name. */
  readonly components = new Map<string, JsonSchema>();
  /** Where a type could not be described (`any`, `unknown`, a function…): the document must have none. */
  readonly gaps: string[] = [];
  private readonly nameOfType = new Map<ts.Type, string>();
  private readonly typeOfName = new Map<string, ts.Type>();

  constructor(private readonly checker: ts.TypeChecker) {}

  /** The schema of a value of `type`; `at` says where it was met, for the gaps report. */
  schemaOf(type: ts.Type, at: string): JsonSchema {
    const name = this.componentName(type);
    if (!name) return this.describe(type, at);
    if (!this.components.has(name)) {
      this.components.set(name, {}); // a placeholder first: recursive types refer to themselves
      this.components.set(name, this.describe(type, `${name}`));
    }
    return { $ref: `${COMPONENT_REF_PREFIX}${name}` };
  }

  /** Named interfaces, classes, enums and aliases become components; anonymous and built-in shapes stay inline. */
  private componentName(type: ts.Type): string | undefined {
    const known = this.nameOfType.get(type);
    if (known) return known;
    let base: string | undefined;
    let args: readonly ts.Type[] = [];
    if (type.aliasSymbol && this.isOwnSymbol(type.aliasSymbol)) {
      base = type.aliasSymbol.name;
      args = type.aliasTypeArguments ?? [];
    } else if (type.flags & ts.TypeFlags.Object && !this.checker.isArrayType(type) && !this.checker.isTupleType(type)) {
      const symbol = type.getSymbol();
      if (symbol && this.isOwnSymbol(symbol) && !symbol.name.startsWith('__') && symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.Class)) {
        base = symbol.name;
        args =
          (type as ts.TypeReference).target && (type as ts.TypeReference).target !== type
            ? this.checker.getTypeArguments(type as ts.TypeReference)
            : [];
      }
    } else if (type.flags & ts.TypeFlags.EnumLiteral && type.isUnion()) {
      const symbol = type.getSymbol();
      if (symbol && this.isOwnSymbol(symbol)) base = symbol.name;
    }
    if (!base) return undefined;
    const argNames = args.map((arg) => this.componentName(arg) ?? this.checker.typeToString(arg).replace(/[^A-Za-z0-9]+/g, ''));
    let name = [base, ...argNames].join('_');
    // Two types of one name in different files: the second gets a number.
    for (let suffix = 2; this.typeOfName.has(name) && this.typeOfName.get(name) !== type; suffix++)
      name = `${[base, ...argNames].join('_')}${suffix}`;
    this.nameOfType.set(type, name);
    this.typeOfName.set(name, type);
    return name;
  }

  private isOwnSymbol(symbol: ts.Symbol): boolean {
    const file = symbol.declarations?.[0]?.getSourceFile().fileName ?? '';
    return !file.includes('/node_modules/') && !/\/typescript\/lib\//.test(file);
  }

  private describe(type: ts.Type, at: string): JsonSchema {
    const flags = type.flags;
    if (flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) {
      this.gaps.push(`${at}: ${this.checker.typeToString(type)} has no schema`);
      return {};
    }
    if (flags & ts.TypeFlags.Never) return { not: {} };
    if (type.isUnion()) return this.describeUnion(type, at);
    if (type.isStringLiteral()) return { type: 'string', enum: [type.value] };
    if (type.isNumberLiteral()) return { type: Number.isInteger(type.value) ? 'integer' : 'number', enum: [type.value] };
    if (flags & ts.TypeFlags.BooleanLiteral) return { type: 'boolean', enum: [this.checker.typeToString(type) === 'true'] };
    if (flags & (ts.TypeFlags.String | ts.TypeFlags.TemplateLiteral | ts.TypeFlags.StringMapping)) return { type: 'string' };
    if (flags & ts.TypeFlags.Number) return { type: 'number' };
    if (flags & ts.TypeFlags.Boolean) return { type: 'boolean' };
    if (flags & ts.TypeFlags.Null) return { type: 'null' };
    if (flags & ts.TypeFlags.NonPrimitive) return { type: 'object' };
    if (this.checker.isArrayType(type)) {
      const [items] = this.checker.getTypeArguments(type as ts.TypeReference);
      return { type: 'array', items: items ? this.schemaOf(items, `${at}[]`) : {} };
    }
    if (this.checker.isTupleType(type)) {
      const items = this.checker.getTypeArguments(type as ts.TypeReference).map((item, index) => this.schemaOf(item, `${at}[${index}]`));
      return { type: 'array', prefixItems: items, minItems: items.length, maxItems: items.length };
    }
    const symbolName = type.getSymbol()?.name;
    if (symbolName === 'Date') return { type: 'string', format: 'date-time' };
    if (symbolName === 'Buffer' || symbolName === 'Uint8Array' || symbolName === 'StreamableFile') return { type: 'string', format: 'binary' };
    if (flags & ts.TypeFlags.Object || type.isIntersection()) return this.describeObject(type, at);
    this.gaps.push(`${at}: ${this.checker.typeToString(type)} has no schema`);
    return {};
  }

  private describeUnion(type: ts.UnionType, at: string): JsonSchema {
    let members = type.types.filter((member) => !(member.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Void)));
    const booleans = members.filter((member) => member.flags & ts.TypeFlags.BooleanLiteral);
    const hasBoolean = booleans.length === 2;
    if (hasBoolean) members = members.filter((member) => !(member.flags & ts.TypeFlags.BooleanLiteral));
    const hasNull = members.some((member) => member.flags & ts.TypeFlags.Null);
    members = members.filter((member) => !(member.flags & ts.TypeFlags.Null));
    const literals = members.every((member) => member.isStringLiteral() || member.isNumberLiteral() || member.flags & ts.TypeFlags.BooleanLiteral);
    if (literals && members.length && !hasBoolean) {
      // Sorted: a union's members come in the checker's order of creating their types, which any other file naming
      // the same literal can change, and the committed document must not move with it.
      const values: unknown[] = members
        .map((member) => (member.isLiteral() ? member.value : this.checker.typeToString(member) === 'true'))
        .sort(byLiteralValue);
      const types: string[] = [
        ...new Set(members.map((member) => (member.isStringLiteral() ? 'string' : member.isNumberLiteral() ? 'number' : 'boolean'))),
      ];
      if (hasNull) {
        types.push('null');
        values.push(null);
      }
      return { type: types.length === 1 ? types[0] : types, enum: values };
    }
    const options = members.map((member) => this.schemaOf(member, at));
    if (hasBoolean) options.push({ type: 'boolean' });
    if (hasNull) options.push({ type: 'null' });
    if (options.length === 1) return options[0];
    // `string | null` reads better as a type list than as anyOf.
    const simple = options.every((option) => Object.keys(option).length === 1 && typeof option['type'] === 'string');
    if (simple) return { type: options.map((option) => option['type']) };
    return { anyOf: options };
  }

  private describeObject(type: ts.Type, at: string): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const property of this.checker.getPropertiesOfType(type)) {
      const declaration = property.valueDeclaration ?? property.declarations?.[0];
      if (property.flags & ts.SymbolFlags.Method || (declaration && ts.isMethodDeclaration(declaration))) continue;
      const propertyType = declaration ? this.checker.getTypeOfSymbolAtLocation(property, declaration) : this.checker.getTypeOfSymbol(property);
      if (propertyType.getCallSignatures().length) continue;
      let schema = this.schemaOf(propertyType, `${at}.${property.name}`);
      let optional = (property.flags & ts.SymbolFlags.Optional) !== 0 || this.includesUndefined(propertyType);
      if (declaration && ts.isPropertyDeclaration(declaration)) {
        const refined = this.refineByValidators(declaration, schema);
        schema = refined.schema;
        optional ||= refined.optional || declaration.initializer !== undefined;
      }
      const documentation =
        property.getDocumentationComment(this.checker).length || property.getJsDocTags(this.checker).length
          ? documentationOf(property, this.checker)
          : {};
      properties[property.name] = { ...schema, ...documentation };
      if (!optional) required.push(property.name);
    }
    const schema: JsonSchema = { type: 'object', properties };
    if (required.length) schema['required'] = required;
    const index = this.checker.getIndexInfosOfType(type).find((info) => info.keyType.flags & (ts.TypeFlags.String | ts.TypeFlags.Number));
    // A free-form map (`Record<string, unknown>`: an audit event's data, a health check's details) takes any JSON value.
    const freeForm = index && index.type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown);
    schema['additionalProperties'] = !index ? false : freeForm ? {} : this.schemaOf(index.type, `${at}[key]`);
    const symbol = type.aliasSymbol ?? type.getSymbol();
    if (symbol && !symbol.name.startsWith('__')) Object.assign(schema, { description: documentationOf(symbol, this.checker).description });
    if (schema['description'] === undefined) delete schema['description'];
    return schema;
  }

  private includesUndefined(type: ts.Type): boolean {
    return type.isUnion() && type.types.some((member) => member.flags & ts.TypeFlags.Undefined);
  }

  /** class-validator's constraints on a request class's property, as schema keywords. */
  private refineByValidators(declaration: ts.PropertyDeclaration, schema: JsonSchema): { schema: JsonSchema; optional: boolean } {
    const decorators = decoratorsOf(declaration);
    if (!decorators.length) return { schema, optional: false };
    const refined: JsonSchema = { ...schema };
    for (const { name, args } of decorators) {
      const refine = REFINEMENTS[name];
      const arrayRefine = ARRAY_REFINEMENTS[name];
      if (arrayRefine) arrayRefine(refined, args, this.checker);
      if (!refine) continue;
      if (appliesToEach(args) && refined['type'] === 'array' && refined['items'] && !('$ref' in (refined['items'] as JsonSchema))) {
        refine((refined['items'] = { ...(refined['items'] as JsonSchema) }) as JsonSchema, args, this.checker);
      } else if (!('$ref' in refined)) {
        refine(refined, args, this.checker);
      }
    }
    // `type: ['integer', 'null']` after IsInt on `number | null`.
    if (Array.isArray(schema['type']) && refined['type'] === 'integer')
      refined['type'] = (schema['type'] as string[]).map((t) => (t === 'number' ? 'integer' : t));
    return { schema: refined, optional: decorators.some((decorator) => MAKES_OPTIONAL.has(decorator.name)) };
  }
}
