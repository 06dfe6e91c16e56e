namespace Sitrep.Cli.Tests.Reporting;

/// <summary>What the browser tests measure inside the page; each script returns plain JSON for the test to judge.</summary>
internal static class ReportBrowserScripts
{
    /// <summary>Overflow, sections, links, text sizes and images of the page as laid out at the current viewport.</summary>
    public const string Layout = """
        () => {
          const vw = window.innerWidth;
          const describe = el => {
            let s = el.tagName.toLowerCase();
            if (el.id) s += '#' + el.id;
            if (el.classList && el.classList.length) s += '.' + [...el.classList].join('.');
            const owner = el.parentElement && el.parentElement.closest('[id]');
            if (owner) s += ' in #' + owner.id;
            return s;
          };
          const visible = el => !!el && el.checkVisibility({ opacityProperty: true, visibilityProperty: true })
            && el.getBoundingClientRect().width > 0 && el.getBoundingClientRect().height > 0;
          const out = {
            innerWidth: vw, scrollWidth: document.documentElement.scrollWidth,
            overflowing: [], sections: [], brokenLinks: [], takeawayLinks: [], smallText: [], minTextPx: 1000,
            images: [], svgTextMinPx: null, hasMap: !!document.querySelector('#map svg'),
            unplacedNote: [...document.querySelectorAll('#map .note a')].map(a => a.textContent.trim()),
          };
          const main = document.querySelector('main');
          // Everything in main must sit inside the viewport, except what scrolls by design (inside .scroll) and the
          // map's own drawing (the SVG clips its content to its viewport; the svg element itself is checked).
          for (const el of main.querySelectorAll('*')) {
            if (el.parentElement.closest('.scroll')) continue;
            if (el.ownerSVGElement) continue;
            const r = el.getBoundingClientRect();
            if (r.width === 0 && r.height === 0) continue;
            if (r.right > vw + 0.5 || r.left < -0.5)
              out.overflowing.push(describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + 'px');
          }
          for (const id of ['key-takeaway', 'map', 'events', 'trends', 'contradictions', 'sources']) {
            const el = document.getElementById(id);
            const h2 = el && el.querySelector('h2');
            out.sections.push({ id, present: !!el && el.tagName === 'SECTION', visible: visible(el),
                                heading: h2 ? h2.textContent.trim() : null, headingVisible: visible(h2) });
          }
          for (const a of document.querySelectorAll('a[href^="#"]')) {
            const target = document.getElementById(decodeURIComponent(a.getAttribute('href').slice(1)));
            if (!target) out.brokenLinks.push(a.getAttribute('href') + ' (' + describe(a) + ')');
          }
          for (const a of document.querySelectorAll('#key-takeaway a')) {
            const href = a.getAttribute('href') || '';
            const target = href.startsWith('#') ? document.getElementById(href.slice(1)) : null;
            out.takeawayLinks.push({ href, text: a.textContent.trim(),
                                     resolves: !!target && target.matches('article.event') && visible(target) });
          }
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.textContent.trim();
            const parent = node.parentElement;
            if (!text || !parent || parent.closest('svg')) continue;
            if (!parent.checkVisibility({ visibilityProperty: true }) || parent.getClientRects().length === 0) continue;
            const px = parseFloat(getComputedStyle(parent).fontSize);
            out.minTextPx = Math.min(out.minTextPx, px);
            if (px < 10) out.smallText.push(px + 'px: "' + text.slice(0, 50) + '" (' + describe(parent) + ')');
          }
          for (const t of document.querySelectorAll('#map svg text')) {
            if (!t.checkVisibility({ visibilityProperty: true }) || !t.textContent.trim()) continue;
            const px = parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a;
            out.svgTextMinPx = out.svgTextMinPx === null ? px : Math.min(out.svgTextMinPx, px);
          }
          for (const img of document.images)
            out.images.push({ cls: img.className, alt: img.alt, complete: img.complete, naturalWidth: img.naturalWidth,
                              shownWidth: img.getBoundingClientRect().width });
          return out;
        }
        """;

    /// <summary>
    /// Every visible map marker: its circle (centre and radius in CSS px), its number's rendered size, and whether the
    /// marker is what a reader sees at its centre (nothing drawn over it: another marker, the inset, the legend).
    /// </summary>
    public const string Markers = """
        () => {
          const svg = document.querySelector('#map svg');
          const frame = svg ? svg.getBoundingClientRect() : null;
          const markers = [];
          const shown = [];
          const all = [...document.querySelectorAll('g.marker')];
          for (const g of all) {
            const c = g.querySelector('circle');
            const t = g.querySelector('text');
            if (!c || !g.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
            const r = c.getBoundingClientRect();
            if (r.width === 0 || r.height === 0) continue;
            const tr = t ? t.getBoundingClientRect() : null;
            shown.push(g);
            markers.push({
              number: g.getAttribute('data-number'),
              text: t ? t.textContent.trim() : null,
              inInset: !!g.closest('g.inset'),
              cx: r.left + r.width / 2 + window.scrollX, cy: r.top + r.height / 2 + window.scrollY,
              r: Math.min(r.width, r.height) / 2,
              fontPx: t ? parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a : 0,
              textWidth: tr ? tr.width : 0,
              insideMap: !!frame && r.left >= frame.left - 0.5 && r.right <= frame.right + 0.5
                         && r.top >= frame.top - 0.5 && r.bottom <= frame.bottom + 0.5,
              onTop: false, coveredBy: null,
            });
          }
          // A second pass, since it scrolls: the element at each marker's centre must belong to that marker.
          shown.forEach((g, i) => {
            const c = g.querySelector('circle');
            c.scrollIntoView({ block: 'center', inline: 'center' });
            const r = c.getBoundingClientRect();
            const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
            const owner = hit && hit.closest('g.marker');
            markers[i].onTop = owner === g;
            if (owner !== g) markers[i].coveredBy = hit ? hit.tagName + (hit.getAttribute('class') ? '.' + hit.getAttribute('class') : '')
                                                        + (owner ? ' of marker ' + owner.getAttribute('data-number') : '') : 'nothing';
          });
          window.scrollTo(0, 0);
          return { hasMap: !!svg, markerGroups: all.length, markers };
        }
        """;

    /// <summary>Whether markup from a document was run or built into elements, and whether it shows as text instead.</summary>
    public const string Escaping = """
        () => {
          const handlers = [];
          for (const el of document.querySelectorAll('*'))
            for (const a of el.attributes) if (a.name.toLowerCase().startsWith('on')) handlers.push(el.tagName + '[' + a.name + ']');
          const events = [...document.querySelectorAll('article.event')];
          return {
            pwned: typeof window.__pwned === 'undefined' ? null : String(window.__pwned),
            scripts: document.querySelectorAll('script').length,
            imgOnerror: document.querySelectorAll('img[onerror]').length,
            imgSrcX: [...document.images].filter(i => i.getAttribute('src') === 'x').length,
            handlers,
            pageText: document.body.innerText,
            eventsShowingScript: events.filter(a => a.innerText.includes('<script>')).map(a => a.id),
          };
        }
        """;
}
