// Formatting follows the code as it was written: single quotes, semicolons,
// two spaces, trailing commas and long lines. Of the widths measured, 170
// changes the fewest lines (120: 834, 160: 472, 170: 443, 180: 458, 200: 516).
/** @type {import('prettier').Config} */
export default {
  printWidth: 170,
  singleQuote: true,
  semi: true,
  tabWidth: 2,
  trailingComma: 'all',
  // Its default whitespace mode is Astro 7's (compressHTML 'jsx'), so
  // reformatting a template does not change what it renders.
  plugins: ['prettier-plugin-astro'],
};
