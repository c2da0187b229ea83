// The context bar's stylesheet (its own shadow root, like the panel's; px sizes, no page
// inheritance). Text colors are the panel's, at least 4.5:1 on their backgrounds.

export const contextStyles = `
:host { all: initial; display: block; }
.rg-ctx { display: flex; flex-direction: column; gap: 4px; margin: 0 0 6px; color: #1a1f26;
  font: 400 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.rg-ctx ul { margin: 0; padding: 0; list-style: none; }
.rg-ctx__redflag { margin: 0; border: 2px solid #b42318; background: #fef3f2; color: #7a271a; border-radius: 6px; padding: 3px 8px;
  white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rg-ctx__redflag[data-severity="warning"] { border-color: #8f3a0b; background: #fffaeb; color: #7a2e0e; }
.rg-ctx__notes { display: flex; flex-wrap: wrap; gap: 6px; }
.rg-ctx__notes li { border: 1px solid #d6dbe2; border-left-width: 4px; border-radius: 4px; padding: 2px 8px; background: #f5f7fa; }
.rg-ctx__notes li[data-severity="critical"] { border-left-color: #b42318; }
.rg-ctx__notes li[data-severity="warning"] { border-left-color: #dc6803; }
.rg-ctx__notes li[data-severity="info"] { border-left-color: #175cd3; }
.rg-ctx__picker { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 0; padding: 6px 8px;
  border: 1px solid #9aa4b2; border-radius: 6px; }
.rg-ctx__picker legend { font-weight: 600; padding: 0 4px; }
.rg-ctx button, .rg-ctx select { font: inherit; color: #1a1f26; border: 1px solid #9aa4b2; border-radius: 4px;
  background: #ffffff; padding: 2px 8px; cursor: pointer; }
.rg-ctx__state { background: #1d4ed8 !important; color: #ffffff !important; border-color: #1d4ed8 !important; }
.rg-ctx button:focus-visible, .rg-ctx select:focus-visible { outline: 2px solid #1d4ed8; outline-offset: 2px; }
.rg-ctx__chosen { margin: 0; color: #4b5563; }
`;
