// Icon for reminder notifications (Chromium requires one): a 48 px open loop in ReplyGuard
// blue, drawn for ReplyGuard (2026-11). Inline so the reminder needs no web-accessible file.

export const NOTIFICATION_ICON = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAADAAAAAwCAYAAABXAvmHAAAA30lEQVR4nO3SSw6DMAyEYW7C0Xo9blnWFaGxPeNHIo/kHYv/UziO3kb7DnZ+rsdld/5sFD0DlMDMwqWAcIg0XAsIgWjjRwDJ9yXCEQD1NZB4FAAjGMEoAEKwolMAHvFWgBrhEY4CVAiv+BCAZzwKECGWBnjHs84EyI7eH7DK7/OKWCm+ARWuARH3bw1oQCQgAzHbA1DtFdTx2wMiEbO9AiogoPgtAJkISrwE4IGQTAyQIhgQ6VTxUQjXeA1Ag7HMDLAimIPisxGU+AwIPTwS4RrvCQkLZ0PSwkdbMroH7gaSA8F/d9rXOwAAAABJRU5ErkJggg==';
