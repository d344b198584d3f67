// A page without a framework. `window.Shirube` exists from the first line on, thanks to the loader
// snippet in index.html: these calls run now, before the SDK has loaded, and the SDK makes them in
// order once it is in.
import './styles.css';

/** The signed-in user as this page knows them (a real app reads it from its session). */
const user = {
  id: 'user-42',
  email: 'aiko@acme.example',
  role: 'admin',
  company: { id: 'acme', name: 'Acme KK', plan: 'business', seats: 25 },
};

// User traits and the company's (account) traits: guides target them, analytics filter by them.
window.Shirube.identify(user.id, {
  email: user.email,
  role: user.role,
  accountId: user.company.id,
  account: { name: user.company.name, plan: user.company.plan, seats: user.company.seats },
});

window.Shirube.on('guide_completed', (event) => {
  console.info(`Finished the guide ${event.guideId}`);
});

document.getElementById('who').textContent = `Signed in as ${user.email}`;

const sent = [];
document.getElementById('new-expense').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('amount');
  const yen = Number(input.value);
  if (!Number.isFinite(yen) || yen <= 0) return;
  sent.push(yen);
  input.value = '';
  document.getElementById('sent').textContent = `Submitted: ${sent.map((n) => `¥${n.toLocaleString()}`).join(', ')}`;
  // A custom event: a goal for A/B tests, a checklist task, a guide's start trigger.
  window.Shirube.track('expense_submitted', { amount: yen, currency: 'JPY' });
});
