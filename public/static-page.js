// Progressive enhancement for the static guidance pages, which load no wasm so that a first
// visit costs kilobytes: the phone menu, the skip link, and "Verder waar je was" on the start
// page. On the app's own routes the Leptos app does all of this itself (layout.rs, start.rs);
// keep the two in step. Text from storage is only ever set as textContent.
'use strict';
(function () {
  const button = document.querySelector('.menu-button');
  const nav = document.getElementById('hoofdmenu');
  if (button && nav) {
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    });
  }

  const skip = document.querySelector('.skip-link');
  const main = document.getElementById('inhoud');
  if (skip && main) {
    // The <base href> would turn "#inhoud" into a link to the start page.
    skip.addEventListener('click', (event) => {
      event.preventDefault();
      main.focus();
      main.scrollIntoView();
    });
  }

  const verder = document.getElementById('verder');
  const list = verder && verder.querySelector('ul');
  if (list) {
    let data = null;
    try {
      data = JSON.parse(localStorage.getItem('samenwerkingswijzer') || 'null');
    } catch (_) {
      data = null; // unreadable data is the app's to recover (/gegevens), not this page's
    }
    const base = new URL(document.baseURI).pathname.replace(/\/$/, '');
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    const dutchDate = (t) => {
      const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(t || ''));
      return m && months[Number(m[2]) - 1] ? `${Number(m[3])} ${months[Number(m[2]) - 1]} ${m[1]}` : String(t || '');
    };
    const text = (v) => (typeof v === 'string' ? v.trim() : '');
    const roles = { raad: 'Raad', college: 'College', ambtelijkeOrganisatie: 'Ambtelijke organisatie', samenleving: 'Partner uit de samenleving', anders: 'Anders' };
    const items = [];
    const add = (records, path, kind, title) => {
      if (!Array.isArray(records)) return;
      for (const r of records) {
        if (r && typeof r.id === 'string') items.push({ path: `${path}/${r.id}`, kind, title: title(r), updatedAt: text(r.updatedAt) });
      }
    };
    if (data && data.format === 'samenwerkingswijzer') {
      add(data.checklists, '/checklists', 'Checklist', (r) => text(r.title) || 'Checklist zonder titel');
      add(data.assessments, '/zelftest', 'Zelftest', (r) => text(r.label) || roles[r.role] || 'Zelftest');
      add(data.evaluations, '/evaluaties', 'Evaluatie', (r) => text(r.title) || 'Evaluatie zonder titel');
    }
    items.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.path.localeCompare(b.path)));
    for (const item of items.slice(0, 3)) {
      const li = document.createElement('li');
      li.className = 'record';
      const div = document.createElement('div');
      div.className = 'record-main';
      const a = document.createElement('a');
      a.className = 'record-title';
      a.href = base + item.path;
      a.textContent = item.title;
      const p = document.createElement('p');
      p.className = 'record-meta';
      p.textContent = `${item.kind} · bijgewerkt ${dutchDate(item.updatedAt)}`;
      div.append(a, p);
      li.append(div);
      list.append(li);
    }
    verder.hidden = items.length === 0;
  }
  document.documentElement.dataset.app = 'ready';
})();
