/** Styles inlined into the explorer page. */
export const PAGE_CSS = `
*{box-sizing:border-box}
html,body{margin:0;height:100%;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d2330;background:#f7f8fa}
body{display:flex;flex-direction:column}
header{display:flex;flex-wrap:wrap;align-items:center;gap:10px 18px;padding:8px 14px;background:#fff;border-bottom:1px solid #dde1e7}
h1{font-size:16px;margin:0 8px 0 0;font-weight:600;max-width:32ch;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
fieldset{border:0;margin:0;padding:0;display:flex;gap:10px;align-items:center}
fieldset legend{float:left;font-size:12px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em;margin-right:4px}
label{cursor:pointer;white-space:nowrap}
select,input[type=search]{font:inherit;border:1px solid #c9ced6;border-radius:6px;padding:3px 6px;background:#fff}
.search{position:relative}
#search{width:230px}
#results{position:absolute;z-index:10;top:100%;left:0;min-width:100%;max-height:320px;overflow:auto;margin:2px 0 0;padding:4px 0;list-style:none;background:#fff;border:1px solid #c9ced6;border-radius:6px;box-shadow:0 6px 18px rgba(0,0,0,.12)}
#results li{padding:4px 10px;cursor:pointer;display:flex;gap:8px;align-items:center;white-space:nowrap}
#results li:hover,#results li[aria-selected=true]{background:#eef3fb}
#results .kind,.badge{font-size:11px;color:#6b7280}
main{flex:1;display:grid;grid-template-columns:1fr 440px;min-height:0;position:relative}
#stage{display:flex;flex-direction:column;min-height:0;background:#fff}
#graph{position:relative;flex:1;min-height:0}
#legend{border-top:1px solid #dde1e7;padding:6px 12px;font-size:12px;display:flex;flex-wrap:wrap;align-items:center;gap:2px 12px;background:#fbfcfd}
#legend .title{color:#6b7280;text-transform:uppercase;letter-spacing:.04em;font-size:11px}
#legend .title:not(:first-child){margin-left:10px}
.swatch{display:inline-block;width:11px;height:11px;border-radius:50%;margin-right:5px;vertical-align:-1px}
.swatch.ring{background:#fff;border:3px solid}
#panel{overflow:auto;padding:14px 16px;border-left:1px solid #dde1e7;background:#fbfcfd}
#panel h2{font-size:17px;margin:0 0 2px}
#panel .meta{color:#6b7280;margin-bottom:10px}
.hint{color:#6b7280}
.statement{background:#fff;border:1px solid #e1e5ea;border-left:4px solid var(--accent,#999);border-radius:6px;padding:10px 12px;margin:0 0 12px}
.statement h3{font-size:14px;margin:0 0 6px;font-weight:600}
.statement blockquote{margin:6px 0;padding:4px 10px;border-left:3px solid #d6dae0;color:#333;font-style:italic}
.statement dl{display:grid;grid-template-columns:auto 1fr;gap:2px 10px;margin:6px 0}
.statement dt{color:#6b7280}
.statement dd{margin:0}
.statement ol{margin:0;padding-left:18px}
.evidence{font-size:13px;background:#f6f7f9;border-radius:4px;padding:6px 8px;white-space:pre-wrap}
.article{font-size:13px;white-space:pre-wrap;max-height:260px;overflow:auto;background:#f6f7f9;border-radius:4px;padding:6px 8px}
mark{background:#ffe066;padding:0 1px;border-radius:2px}
button.link{font:inherit;border:0;background:none;color:#2457a6;padding:0;cursor:pointer;text-decoration:underline}
details summary{cursor:pointer;color:#2457a6;font-size:13px}
.warn{color:#b42318}
`;
