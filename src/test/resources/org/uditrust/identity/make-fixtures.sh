#!/usr/bin/env bash
# Makes the certificates, CRLs and OCSP responses the identity tests validate, with openssl only (3.0+), so the
# test data comes from a tool nobody here wrote. Usage: make-fixtures.sh OUTDIR
#
# Every file is named for the case it serves. Dates are fixed so the tests validate at 2026-01-31T12:00:00Z:
#   roots 2020..2045, CAs 2021..2040, devices 2025..2035, CRLs last update 2026-01-01, next update 2027-06-01.
# Chains (P-256 unless named rsa):
#   root-ec -> ca-ec (pathlen 0) -> leaf-ec, leaf-revoked, leaf-expired, leaf-future, leaf-critical (+ leaf-badsig)
#   root-ec -> ca-nocrlsign (keyUsage keyCertSign only, signs a CRL anyway) -> leaf-nocrlsign
#   root-ec -> ca-notca (CA:false) -> leaf-notca-child
#   root-ec -> ca-ec -> ca-sub (a CA below pathlen 0) -> leaf-pathlen
#   root-ec -> ca-nc (permitted DNS devices.acme.example) -> leaf-nc-ok, leaf-nc-bad
#   root-ec -> ca-nc2 (excluded IP 10/8, email evil.example, URI .evil.example) -> leaf-nc-ip, -email, -uri, -fine
#   root-ec -> ca-nc3 (permitted dirName O=Acme) -> leaf-nc-dn-ok, leaf-nc-dn-bad
#   ca-ec -> ocsp-responder (OCSPSigning), not-responder (clientAuth): delegated OCSP responses
#   other-ca (same name as ca-ec, another key, self-signed) -> leaf-wrong-issuer
#   root-rsa -> ca-rsa -> leaf-rsa (RSA 2048), leaf-rsa1024 (weak key), leaf-sha1 (SHA-1 signature)
set -euo pipefail
out=${1:?usage: make-fixtures.sh OUTDIR}
mkdir -p "$out"
cd "$out"

CA_START=20210101000000Z; CA_END=20400101000000Z
LEAF_START=20250101000000Z; LEAF_END=20350101000000Z

ca_dir() { # NAME: an openssl ca database for one issuer
  mkdir -p "db-$1"; : > "db-$1/index.txt"; echo 1000 > "db-$1/serial"
  cat > "db-$1/ca.cnf" <<CNF
[ca]
default_ca = CA_default
[CA_default]
dir = db-$1
database = db-$1/index.txt
new_certs_dir = db-$1
serial = db-$1/serial
default_md = sha256
policy = policy_any
unique_subject = no
copy_extensions = none
crl_extensions = crl_ext
[policy_any]
commonName = supplied
serialNumber = optional
organizationName = optional
[crl_ext]
authorityKeyIdentifier = keyid:always
CNF
}
key_ec() { openssl ecparam -name prime256v1 -genkey -noout -out "$1.key"; }
key_rsa() { openssl genpkey -algorithm RSA -pkeyopt "rsa_keygen_bits:$2" -out "$1.key" 2>/dev/null; }
csr() { openssl req -new -key "$1.key" -subj "$2" -out "$1.csr"; }
# issue NAME ISSUER START END EXTFILE [MD]: ISSUER signs NAME.csr; ISSUER = NAME means self-signed
issue() {
  local name=$1 issuer=$2 start=$3 end=$4 ext=$5 md=${6:-sha256}
  [ -d "db-$name" ] || ca_dir "$name"
  if [ "$name" = "$issuer" ]; then
    openssl ca -batch -config "db-$name/ca.cnf" -selfsign -keyfile "$name.key" -in "$name.csr" -preserveDN -md "$md" \
      -startdate "$start" -enddate "$end" -extfile "$ext" -out "$name.pem" -notext 2>"$name.log" || { cat "$name.log" >&2; exit 1; }
  else
    openssl ca -batch -config "db-$issuer/ca.cnf" -cert "$issuer.pem" -keyfile "$issuer.key" -in "$name.csr" -preserveDN \
      -md "$md" -startdate "$start" -enddate "$end" -extfile "$ext" -out "$name.pem" -notext 2>"$name.log" || { cat "$name.log" >&2; exit 1; }
  fi
}
crl() { # ISSUER: its CRL with every revocation recorded so far
  openssl ca -batch -config "db-$1/ca.cnf" -cert "$1.pem" -keyfile "$1.key" -gencrl \
    -crl_lastupdate 20260101000000Z -crl_nextupdate 20270601000000Z -out "$1.crl.pem" 2>/dev/null
}

printf 'basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\n' > root.ext
printf 'basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' > ca.ext
printf 'basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' > ca-nolen.ext
printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,keyCertSign,cRLSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' > notca.ext
printf 'basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\nnameConstraints=critical,permitted;DNS:devices.acme.example\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' > nc.ext
# A device certificate as IEEE 802.1AR puts it: serialNumber in the subject, hardwareModuleName in the SAN.
leaf_ext() { # FILE [EXTRA LINE]
  printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\nsubjectAltName=@san\n%s\n[san]\notherName.1=1.3.6.1.5.5.7.8.4;SEQUENCE:hmn\nURI.1=https://id.gs1.org/01/09506000134352/21/SN0001\nDNS.1=%s\n[hmn]\nhwType=OID:1.3.6.1.4.1.55555.1.1\nhwSerialNum=OCTETSTRING:SN0001\n' "${2:-}" "${3:-dev1.devices.acme.example}" > "$1"
}
leaf_ext leaf.ext
leaf_ext leaf-critical.ext '1.3.6.1.4.1.55555.9.9=critical,ASN1:UTF8String:must understand'
leaf_ext leaf-nc-bad.ext '' 'dev1.evil.example'

# P-256 chain
key_ec root-ec; csr root-ec "/CN=Acme Root CA"; issue root-ec root-ec 20200101000000Z 20450101000000Z root.ext
key_ec ca-ec; csr ca-ec "/O=Acme/CN=Acme Issuing CA"; issue ca-ec root-ec $CA_START $CA_END ca.ext
for n in leaf-ec leaf-revoked leaf-expired leaf-future leaf-critical leaf-nc-ok leaf-nc-bad leaf-notca-child \
         leaf-pathlen leaf-wrong-issuer; do key_ec $n; done
csr leaf-ec "/O=Acme/CN=Acme Infusion Pump/serialNumber=SN0001"
issue leaf-ec ca-ec $LEAF_START $LEAF_END leaf.ext
csr leaf-revoked "/CN=Revoked Pump/serialNumber=SN0002"; issue leaf-revoked ca-ec $LEAF_START $LEAF_END leaf.ext
csr leaf-expired "/CN=Expired Pump"; issue leaf-expired ca-ec 20220101000000Z 20230101000000Z leaf.ext
csr leaf-future "/CN=Future Pump"; issue leaf-future ca-ec 20300101000000Z 20310101000000Z leaf.ext
csr leaf-critical "/CN=Critical Pump"; issue leaf-critical ca-ec $LEAF_START $LEAF_END leaf-critical.ext
openssl ca -batch -config db-ca-ec/ca.cnf -cert ca-ec.pem -keyfile ca-ec.key -revoke leaf-revoked.pem \
  -crl_reason keyCompromise 2>/dev/null
crl ca-ec; crl root-ec

# CA:false "intermediate" that still signs
key_ec ca-notca; csr ca-notca "/CN=Acme Not A CA"; issue ca-notca root-ec $CA_START $CA_END notca.ext
csr leaf-notca-child "/CN=Child Of Not A CA"
issue leaf-notca-child ca-notca $LEAF_START $LEAF_END leaf.ext
# A CA below ca-ec, whose pathlen 0 allows none
key_ec ca-sub; csr ca-sub "/CN=Acme Sub CA"; issue ca-sub ca-ec $CA_START $CA_END ca-nolen.ext
csr leaf-pathlen "/CN=Too Deep Pump"; issue leaf-pathlen ca-sub $LEAF_START $LEAF_END leaf.ext
# Name constraints: permitted DNS devices.acme.example
key_ec ca-nc; csr ca-nc "/CN=Acme Constrained CA"; issue ca-nc root-ec $CA_START $CA_END nc.ext
csr leaf-nc-ok "/CN=Constrained Pump"; issue leaf-nc-ok ca-nc $LEAF_START $LEAF_END leaf.ext
csr leaf-nc-bad "/CN=Escaped Pump"; issue leaf-nc-bad ca-nc $LEAF_START $LEAF_END leaf-nc-bad.ext
# More name forms: excluded IP, email and URI subtrees (ca-nc2); a permitted directory name subtree (ca-nc3)
printf 'basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\nnameConstraints=critical,excluded;IP:10.0.0.0/255.0.0.0,excluded;email:evil.example,excluded;URI:.evil.example\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' > nc2.ext
printf 'basicConstraints=critical,CA:true\nkeyUsage=critical,keyCertSign,cRLSign\nnameConstraints=critical,permitted;dirName:nc_dn\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n[nc_dn]\nO=Acme\n' > nc3.ext
san_ext() { # FILE SAN
  printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\nsubjectAltName=%s\n' "$2" > "$1"
}
san_ext nc-ip.ext 'IP:10.1.2.3'
san_ext nc-email.ext 'email:pump@evil.example'
san_ext nc-uri.ext 'URI:https://update.evil.example/pump'
san_ext nc-fine.ext 'IP:192.168.1.20,email:pump@acme.example,URI:https://update.acme.example/pump'
key_ec ca-nc2; csr ca-nc2 "/CN=Acme Excluding CA"; issue ca-nc2 root-ec $CA_START $CA_END nc2.ext
key_ec ca-nc3; csr ca-nc3 "/CN=Acme DN Constrained CA"; issue ca-nc3 root-ec $CA_START $CA_END nc3.ext
for n in ip email uri fine; do
  key_ec leaf-nc-$n; csr leaf-nc-$n "/O=Acme/CN=Pump $n"; issue leaf-nc-$n ca-nc2 $LEAF_START $LEAF_END nc-$n.ext
done
key_ec leaf-nc-dn-ok; csr leaf-nc-dn-ok "/O=Acme/CN=Pump In Acme"
issue leaf-nc-dn-ok ca-nc3 $LEAF_START $LEAF_END nc-fine.ext
key_ec leaf-nc-dn-bad; csr leaf-nc-dn-bad "/O=Other/CN=Pump Outside Acme"
issue leaf-nc-dn-bad ca-nc3 $LEAF_START $LEAF_END nc-fine.ext

# A CA whose keyUsage does not allow CRL signing, and a CRL it signed anyway
printf 'basicConstraints=critical,CA:true,pathlen:0\nkeyUsage=critical,keyCertSign\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid:always\n' > nocrlsign.ext
key_ec ca-nocrlsign; csr ca-nocrlsign "/CN=Acme No CRL Sign CA"; issue ca-nocrlsign root-ec $CA_START $CA_END nocrlsign.ext
key_ec leaf-nocrlsign; csr leaf-nocrlsign "/CN=Pump Under No CRL Sign"
issue leaf-nocrlsign ca-nocrlsign $LEAF_START $LEAF_END leaf.ext
crl ca-nocrlsign

# Same issuer name as ca-ec, another key: a device "from" the issuing CA that the root never certified
key_ec other-ca; csr other-ca "/O=Acme/CN=Acme Issuing CA"; issue other-ca other-ca $CA_START $CA_END root.ext
csr leaf-wrong-issuer "/CN=Impostor Pump"; issue leaf-wrong-issuer other-ca $LEAF_START $LEAF_END leaf.ext

# CRLs that must not be used: one from the impostor CA (same name as ca-ec, another key), one with a broken signature
crl other-ca
openssl crl -in ca-ec.crl.pem -outform DER -out ca-ec-badsig.crl.der
perl -0777 -i -pe 'substr($_,-1,1)=chr(ord(substr($_,-1,1))^1)' ca-ec-badsig.crl.der
openssl crl -inform DER -in ca-ec-badsig.crl.der -out ca-ec-badsig.crl.pem

# Bad signature: the last byte of the leaf's DER is the end of the ECDSA signature value
openssl x509 -in leaf-ec.pem -outform DER -out leaf-badsig.der
perl -0777 -i -pe 'substr($_,-1,1)=chr(ord(substr($_,-1,1))^1)' leaf-badsig.der
openssl x509 -inform DER -in leaf-badsig.der -out leaf-badsig.pem

# RSA chain
key_rsa root-rsa 2048; csr root-rsa "/CN=Acme RSA Root"; issue root-rsa root-rsa 20200101000000Z 20450101000000Z root.ext
key_rsa ca-rsa 2048; csr ca-rsa "/CN=Acme RSA Issuing CA"; issue ca-rsa root-rsa $CA_START $CA_END ca.ext
key_rsa leaf-rsa 2048; csr leaf-rsa "/CN=RSA Pump/serialNumber=SN0100"; issue leaf-rsa ca-rsa $LEAF_START $LEAF_END leaf.ext
key_rsa leaf-rsa1024 1024; csr leaf-rsa1024 "/CN=Weak Key Pump"; issue leaf-rsa1024 ca-rsa $LEAF_START $LEAF_END leaf.ext
key_rsa leaf-sha1 2048; csr leaf-sha1 "/CN=SHA1 Pump"; issue leaf-sha1 ca-rsa $LEAF_START $LEAF_END leaf.ext sha1
crl ca-rsa; crl root-rsa

# Containers for the file reader: bundle, DER, PKCS#7 (PEM and DER), PKCS#12 without and with a key
cat ca-ec.pem root-ec.pem > chain-ec.pem
openssl x509 -in leaf-ec.pem -outform DER -out leaf-ec.der
openssl crl -in ca-ec.crl.pem -outform DER -out ca-ec.crl.der
openssl crl2pkcs7 -nocrl -certfile chain-ec.pem -out chain-ec.p7b.pem
openssl crl2pkcs7 -nocrl -certfile chain-ec.pem -outform DER -out chain-ec.p7b
openssl pkcs12 -export -nokeys -in chain-ec.pem -passout pass:secret -out chain-ec.p12
openssl pkcs12 -export -nokeys -in chain-ec.pem -passout pass: -out chain-ec-nopass.p12
openssl pkcs12 -export -nokeys -in chain-ec.pem -passout pass:secret -legacy -out chain-ec-legacy.p12
openssl pkcs12 -export -inkey leaf-ec.key -in leaf-ec.pem -passout pass:secret -out leaf-with-key.p12

# Stored OCSP responses from ca-ec (itself the responder), current from now for 365 days
for n in leaf-ec leaf-revoked; do
  openssl ocsp -index db-ca-ec/index.txt -rsigner ca-ec.pem -rkey ca-ec.key -CA ca-ec.pem -issuer ca-ec.pem \
    -cert $n.pem -ndays 365 -respout $n.ocsp.der >/dev/null 2>&1
done
# Delegated OCSP responders: one the CA gave id-kp-OCSPSigning, one it did not
printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=OCSPSigning\n' > ocsp.ext
printf 'basicConstraints=critical,CA:false\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n' > not-ocsp.ext
key_ec ocsp-responder; csr ocsp-responder "/CN=Acme OCSP Responder"
issue ocsp-responder ca-ec $LEAF_START $LEAF_END ocsp.ext
key_ec not-responder; csr not-responder "/CN=Acme Not A Responder"
issue not-responder ca-ec $LEAF_START $LEAF_END not-ocsp.ext
for r in ocsp-responder not-responder; do
  openssl ocsp -index db-ca-ec/index.txt -rsigner $r.pem -rkey $r.key -CA ca-ec.pem -issuer ca-ec.pem \
    -cert leaf-revoked.pem -ndays 365 -respout leaf-revoked.$r.ocsp.der >/dev/null 2>&1
done

rm -rf ./*.csr ./*.ext ./*.log ./db-leaf-*
