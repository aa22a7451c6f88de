"use client";
import { useEffect, useState } from "react";
import { chooseTheme, currentTheme, onThemeChange, type Theme } from "@/lib/theme";

/** A button switching between light and dark; the choice is remembered (lib/theme.ts). */
export function ThemeToggle(props: { className?: string }) {
  const [theme, setTheme] = useState<Theme>();
  useEffect(() => {
    setTheme(currentTheme());
    return onThemeChange(() => setTheme(currentTheme()));
  }, []);
  // Rendered only in the browser (the server does not know the theme): no hydration mismatch.
  if (!theme) return null;
  const dark = theme === "dark";
  return (
    <button
      type="button"
      className={`btn small theme-toggle ${props.className ?? ""}`}
      aria-pressed={dark}
      onClick={() => chooseTheme(dark ? "light" : "dark")}
    >
      Dark mode
    </button>
  );
}
