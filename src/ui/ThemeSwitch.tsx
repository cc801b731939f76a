import { useEffect, useId, useRef } from 'react';

/**
 * Light, dark or the system's theme. public/theme.js does the work (it applies the choice before the first paint,
 * keeps it, and listens for this select's changes), so the switch works before the app runs; React only renders it,
 * uncontrolled, and shows the current choice when it creates the select after the page has loaded.
 */
export function ThemeSwitch() {
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => {
    const theme = document.documentElement.dataset.theme;
    if (select.current) select.current.value = theme === 'light' || theme === 'dark' ? theme : 'system';
  }, []);
  return (
    <div className="theme-switch">
      <svg aria-hidden="true" width="18" height="18" viewBox="0 0 24 24" className="theme-switch-icon">
        <circle cx="12" cy="12" r="8.5" fill="none" stroke="currentColor" strokeWidth="2" />
        <path d="M12 3.5a8.5 8.5 0 0 1 0 17z" fill="currentColor" />
      </svg>
      <label htmlFor={id}>Theme</label>
      <select id={id} ref={select} data-theme-switch="">
        <option value="system">System</option>
        <option value="light">Light</option>
        <option value="dark">Dark</option>
      </select>
    </div>
  );
}
