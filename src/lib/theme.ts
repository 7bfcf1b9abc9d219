// The page background in each colour scheme (--bg in src/styles/base.css): the
// browser's bar and an installed app's splash screen match the page.
export const THEME = { light: '#fbfaf7', dark: '#15191d' } as const;
