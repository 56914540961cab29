/** The HTML of the emulator's login/consent page and its OAuth error page. */

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `body{font-family:system-ui,sans-serif;background:#f3f6fa;margin:0;display:flex;justify-content:center}
main{background:#fff;margin-top:6vh;padding:2rem 2.5rem;border-radius:8px;box-shadow:0 2px 8px #0002;max-width:24rem}
h1{font-size:1.3rem;margin:0 0 .25rem}p.note{color:#555;font-size:.9rem;margin-top:0}
label{display:block;margin-top:1rem;font-size:.9rem}input[type=text],input[type=password]{width:100%;padding:.5rem;box-sizing:border-box}
.actions{margin-top:1.5rem;display:flex;gap:.5rem}button{padding:.5rem 1rem}.error{color:#b00020}`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>`
    + `<style>${STYLE}</style></head><body><main>${body}</main></body></html>`;
}

/**
 * Login and consent in one form. The OAuth parameters ride along as hidden fields so the POST can
 * re-validate them; `decision` is `allow` or `deny`.
 */
export function loginPage(appName: string, oauthParams: Record<string, string>, error?: string): string {
  const hidden = Object.entries(oauthParams)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('');
  return page('Log in | Local Salesforce emulator', `<h1>Local Salesforce emulator</h1>
<p class="note">Not a real Salesforce org. <strong>${escapeHtml(appName)}</strong> asks to access your data.</p>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/services/oauth2/authorize">${hidden}
<label>Username <input type="text" name="username" autocomplete="username" required></label>
<label>Password <input type="password" name="password" autocomplete="current-password"></label>
<div class="actions"><button type="submit" name="decision" value="allow">Log In and Allow</button>
<button type="submit" name="decision" value="deny" formnovalidate>Deny</button></div></form>`);
}

/** Shown instead of redirecting when the client or callback cannot be trusted with a redirect. */
export function oauthErrorPage(error: string, description: string): string {
  return page('OAuth Error | Local Salesforce emulator', `<h1>OAuth Error</h1>
<p>We can't authorize you because of an OAuth error.</p>
<p class="error">error=${escapeHtml(error)}<br>error_description=${escapeHtml(description)}</p>
<p class="note">Local Salesforce emulator</p>`);
}
