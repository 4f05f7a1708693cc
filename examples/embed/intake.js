// The intake form's own script: bind Plantoets to the form, and add activity rows.
import { attach } from './plantoets-inbouwen.js';

const form = document.getElementById('intake');
const handvat = await attach(form, { samenvatting: document.getElementById('problemen') });

// A new row is a copy of the last with the index in its names raised: attach() finds it by name.
document.getElementById('rij-erbij').addEventListener('click', () => {
  const rijen = document.getElementById('rijen');
  const nieuw = rijen.lastElementChild.cloneNode(true);
  const n = rijen.children.length;
  for (const veld of nieuw.querySelectorAll('[name]')) {
    veld.name = veld.name.replace(/^\/activiteiten\/\d+\//, `/activiteiten/${n}/`);
    veld.value = '';
  }
  rijen.append(nieuw);
  handvat.check();
  nieuw.querySelector('input').focus();
});

form.addEventListener('submit', (e) => {
  e.preventDefault();
  // The browser's own validation: it shows the first error at its field.
  if (form.reportValidity()) document.getElementById('verstuurd').textContent = 'Verstuurd (in dit voorbeeld gaat er niets weg).';
});

window.handvat = handvat; // for the tests
