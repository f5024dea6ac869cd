// A Stryker ignorer: leaves the wording of diagnostic and error messages unmutated. The
// tests assert codes, positions and values, never messages (their wording may change), so
// a mutant that only changes a message cannot be killed by a test we would write; counting
// it would hide the mutants that matter. What is ignored: the message argument of
// `report.add(code, message, …)`, the value of a `message:` property, the arguments of
// `new …Error(…)` and the function name given to `readOptions` for its errors.
import { PluginKind, declareValuePlugin } from '@stryker-mutator/api/plugin';

/** Whether `path` is argument `index` of a call to a method named `name`. */
function isMethodArgument(path, name, index) {
  const parent = path.parentPath;
  if (!parent?.isCallExpression()) return false;
  const callee = parent.node.callee;
  return callee.type === 'MemberExpression' && callee.property.type === 'Identifier' && callee.property.name === name && parent.node.arguments[index] === path.node;
}

/** Whether `path` is the first argument of `readOptions(name, …)`: the name its errors give. */
function isOptionsName(path) {
  const parent = path.parentPath;
  if (!parent?.isCallExpression()) return false;
  const callee = parent.node.callee;
  return callee.type === 'Identifier' && callee.name === 'readOptions' && parent.node.arguments[0] === path.node;
}

/** Whether `path` is an argument of `new SomethingError(…)`. */
function isErrorArgument(path) {
  const parent = path.parentPath;
  if (!parent?.isNewExpression()) return false;
  const callee = parent.node.callee;
  return callee.type === 'Identifier' && callee.name.endsWith('Error') && parent.node.arguments.includes(path.node);
}

/** Whether `path` is the value of an object property named `message`. */
function isMessageProperty(path) {
  const parent = path.parentPath;
  if (!parent?.isObjectProperty() || parent.node.value !== path.node) return false;
  const key = parent.node.key;
  return key.type === 'Identifier' && key.name === 'message';
}

export const strykerPlugins = [
  declareValuePlugin(PluginKind.Ignore, 'messages', {
    shouldIgnore(path) {
      if (isMethodArgument(path, 'add', 1)) return 'A diagnostic message: the tests never assert wording.';
      if (isMessageProperty(path)) return 'A diagnostic message: the tests never assert wording.';
      if (isOptionsName(path)) return 'The function name readOptions puts in its error messages.';
      if (isErrorArgument(path)) return 'An error message: the tests assert the error type, never its wording.';
      return undefined;
    },
  }),
];
