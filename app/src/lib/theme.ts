/**
 * Light and dark: the system setting (`prefers-color-scheme`) unless the user chose one with the
 * toggle; the choice is kept in localStorage and applied as `data-theme` on <html> before the
 * first paint (the inline script in app/layout.tsx), so there is no flash of the other theme.
 */
export type Theme = "light" | "dark";

export const THEME_STORAGE_KEY = "theme";
/** Fired on window when the theme changes, so charts redraw with the matching Vega theme. */
export const THEME_EVENT = "themechange";

/** The inline script run before paint: apply a stored choice, nothing else. */
export const THEME_BOOT_SCRIPT = `try{var t=localStorage.getItem("${THEME_STORAGE_KEY}");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** The theme in effect: the user's choice, else the system's. */
export function currentTheme(): Theme {
  const chosen = document.documentElement.dataset.theme;
  if (chosen === "light" || chosen === "dark") return chosen;
  return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
}

/** Choose a theme: applied at once, remembered, and announced to the charts. */
export function chooseTheme(theme: Theme): void {
  document.documentElement.dataset.theme = theme;
  try {
    localStorage.setItem(THEME_STORAGE_KEY, theme);
  } catch {
    // Storage can be off (private mode): the choice then lasts for this page only.
  }
  window.dispatchEvent(new Event(THEME_EVENT));
}

/** Call `fn` whenever the theme in effect changes (the toggle or the system setting). */
export function onThemeChange(fn: () => void): () => void {
  const media = window.matchMedia("(prefers-color-scheme: dark)");
  window.addEventListener(THEME_EVENT, fn);
  media.addEventListener("change", fn);
  return () => {
    window.removeEventListener(THEME_EVENT, fn);
    media.removeEventListener("change", fn);
  };
}
