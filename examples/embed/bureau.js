// The bureau's own script: it listens to the checker and can hand it a plan.
const toets = document.querySelector('plan-toets');
const stand = document.getElementById('stand');

toets.addEventListener('plantoets-change', (e) => {
  const { report } = e.detail;
  const fouten = report.bevindingen.filter((b) => b.ernst === 'fout').length;
  stand.textContent = fouten === 0 ? 'Het plan is in orde.' : `Nog ${fouten} fout(en).`;
});

// Start with the service chosen: the plan property takes a plan object (or its JSON text).
toets.plan = { dienst: 'naar-werk', client: { uitkering: 'WW' } };
