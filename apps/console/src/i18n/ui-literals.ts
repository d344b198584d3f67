/// <reference types="node" />
import ts from 'typescript';

/** Attributes whose value a user reads or hears, so must come from the message catalogues. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'placeholder', 'title', 'alt', 'label', 'hint', 'message', 'confirmLabel', 'retryLabel']);

/** One English word or more: something a reader would see as interface text, not a symbol or a number. */
const WORDS = /[A-Za-z]{2,}/;

export interface UiLiteral {
  line: number;
  text: string;
}

/**
 * User-visible literals in a .tsx source: JSX text, string literals inside JSX expressions, and
 * string values of reading attributes (aria-label, placeholder, title…). Class names, ids and
 * other attributes are not text, so they are ignored.
 */
export function findUiLiterals(fileName: string, source: string): UiLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: UiLiteral[] = [];
  const report = (node: ts.Node, text: string) => {
    if (WORDS.test(text)) found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxAttribute(node) && node.initializer && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression) visitText(value.expression);
      return;
    } else if (ts.isJsxAttribute(node)) return node.initializer && visitJsxOnly(node.initializer);
    else if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent) || ts.isJsxExpression(node) && ts.isJsxFragment(node.parent)) {
      if (node.expression) visitText(node.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  // Inside a child expression: literals that end up as text ({cond ? 'Yes' : 'No'}), and nested JSX.
  const visitText = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return report(node, node.text);
    if (ts.isTemplateExpression(node)) {
      report(node.head, node.head.text);
      for (const span of node.templateSpans) {
        report(span.literal, span.literal.text);
        visitText(span.expression);
      }
      return;
    }
    if (ts.isCallExpression(node) || ts.isElementAccessExpression(node) || ts.isBinaryExpression(node) && node.operatorToken.kind !== ts.SyntaxKind.QuestionQuestionToken && node.operatorToken.kind !== ts.SyntaxKind.BarBarToken && node.operatorToken.kind !== ts.SyntaxKind.AmpersandAmpersandToken && node.operatorToken.kind !== ts.SyntaxKind.PlusToken) {
      // Arguments of calls are data (keys, formats), not text; but JSX inside a callback still counts.
      return ts.forEachChild(node, visitJsxOnly);
    }
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return visit(node);
    ts.forEachChild(node, visitText);
  };
  const visitJsxOnly = (node: ts.Node): void => {
    if (ts.isJsxElement(node) || ts.isJsxSelfClosingElement(node) || ts.isJsxFragment(node)) return visit(node);
    ts.forEachChild(node, visitJsxOnly);
  };
  visit(file);
  return found;
}
