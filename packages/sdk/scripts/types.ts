import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';

/**
 * Writes dist/index.d.ts, the types of the npm package (`vite build --mode esm` writes its code):
 * one self-contained file. Members marked `@internal` (test seams, the builder's entry) are left
 * out. The few types the API borrows from the workspace's private packages (`EventType` and
 * `ShirubeEvent` from @shirube/schema, inferred there from valibot schemas) are written out in
 * full, as the compiler sees them, so a consumer installs nothing but @shirube/sdk and reads plain
 * object types instead of schema machinery.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src/index.ts');
const out = join(root, 'dist/index.d.ts');

const bundle = await rollup({
  input: entry,
  plugins: [dts({ tsconfig: join(root, 'tsconfig.json'), compilerOptions: { composite: false, incremental: false, stripInternal: true } })],
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
let text = output[0].code;

// The compiler's view of each type the bundle still imports from a workspace package.
const program = ts.createProgram([join(root, 'src/types.ts')], { strict: true, moduleResolution: ts.ModuleResolutionKind.Bundler, module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'], types: [], noEmit: true });
const checker = program.getTypeChecker();
const imported = new Map<string, ts.Type>();
for (const statement of program.getSourceFile(join(root, 'src/types.ts'))!.statements) {
  if (!ts.isImportDeclaration(statement) || !statement.importClause?.namedBindings || !ts.isNamedImports(statement.importClause.namedBindings)) continue;
  for (const element of statement.importClause.namedBindings.elements) {
    const symbol = checker.getAliasedSymbol(checker.getSymbolAtLocation(element.name)!);
    imported.set(element.name.text, checker.getDeclaredTypeOfSymbol(symbol));
  }
}
const printer = ts.createPrinter();
const flags = ts.NodeBuilderFlags.NoTruncation | ts.NodeBuilderFlags.InTypeAlias | ts.NodeBuilderFlags.MultilineObjectLiterals;
const written = (type: ts.Type) => printer.printNode(ts.EmitHint.Unspecified, checker.typeToTypeNode(type, undefined, flags)!, ts.createSourceFile('types.d.ts', '', ts.ScriptTarget.ES2022));
text = text.replace(/^import (?:type )?\{([^}]*)\} from '(@shirube\/[^']+)';\n/gm, (_line, names: string, from: string) =>
  names
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
    .map((name) => {
      const type = imported.get(name);
      if (!type) throw new Error(`${name} (from ${from}) is not imported by src/types.ts: extend scripts/types.ts`);
      return `/** From ${from}. */\ntype ${name} = ${written(type)};\n`;
    })
    .join(''),
);
if (/^import /m.test(text)) throw new Error(`dist/index.d.ts still imports:\n${text.match(/^import .*$/gm)!.join('\n')}`);
writeFileSync(out, text);
console.log(`wrote ${out}`);
