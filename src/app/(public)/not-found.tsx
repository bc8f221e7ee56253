export default function NotFound() {
  return (
    <>
      <h1>Sidan finns inte</h1>
      <p>
        Det finns ingen sida på den här adressen. Gå till <a href="/">startsidan</a> eller till <a href="/nyheter">nyheterna</a>.
      </p>
    </>
  )
}
