import { useState, type FormEvent } from 'react';
import { ShirubeProvider, useShirube } from './shirube.js';
import { signedInUser, type User } from './user.js';

function NewExpense() {
  const shirube = useShirube();
  const [amount, setAmount] = useState('');
  const [sent, setSent] = useState<number[]>([]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const yen = Number(amount);
    if (!Number.isFinite(yen) || yen <= 0) return;
    setSent((list) => [...list, yen]);
    setAmount('');
    // A custom event: a goal for A/B tests, a checklist task, a guide's start trigger.
    shirube?.track('expense_submitted', { amount: yen, currency: 'JPY' });
  };

  return (
    <form onSubmit={submit}>
      <label htmlFor="amount">Amount (JPY)</label>
      <input id="amount" inputMode="numeric" value={amount} onChange={(e) => setAmount(e.target.value)} />
      <button type="submit">Submit expense</button>
      <p>{sent.length === 0 ? 'No expenses yet.' : `Submitted: ${sent.map((yen) => `¥${yen.toLocaleString()}`).join(', ')}`}</p>
    </form>
  );
}

export function App() {
  const [user, setUser] = useState<User | null>(signedInUser);
  return (
    <ShirubeProvider user={user}>
      <header>
        <h1>Expenses</h1>
        {user ? (
          <button type="button" onClick={() => setUser(null)}>
            Sign out {user.email}
          </button>
        ) : (
          <button type="button" onClick={() => setUser(signedInUser)}>
            Sign in
          </button>
        )}
      </header>
      <main>{user ? <NewExpense /> : <p>Signed out.</p>}</main>
    </ShirubeProvider>
  );
}
